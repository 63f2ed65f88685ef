// The shapes of a parsed grid table (what callers get) and of the character grid the parser
// works on. Kept apart so that the parser, its edge repairs and its border checks share them
// without importing one another. A line of the drawing is the model's SourceLine: its text and
// the place of `text[0]`.
import type { SourceLine, SourceSpan } from "../../model/position.ts";

/**
 * A cell: `row`/`column` are 0-based indices into the table's grid, spans count grid rows and
 * columns. `lines` hold the text inside the borders, the one padding space after `|` removed,
 * relative indentation kept, trailing spaces and leading/trailing blank lines dropped, each with
 * its true place.
 */
export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  lines: SourceLine[];
  /** The source lines inside the cell's borders, from the first column inside its left border. */
  position: SourceSpan;
}

export interface GridRow {
  /** Cells that start in this row, left to right. */
  cells: GridCell[];
}

export interface GridTable {
  /** From the table's left edge on its top border to the end of its bottom border, in the file it is drawn in. */
  position: SourceSpan;
  columns: number;
  /** Rows above the `=` separator (0 when the table has none). */
  headerRows: number;
  rows: GridRow[];
  /** Source line of each row border, top to bottom (rows + 1 entries). */
  rowBorders: number[];
  /** Source column (1-based) of each column border, left to right (columns + 1 entries). */
  columnBorders: number[];
}

/** The table as rows of characters from its left edge, after the edge repairs are reported. */
export interface GridDrawing {
  file: string;
  rows: string[];
  /** Source line of each row. */
  lines: number[];
  /** Last valid source column of each row's line (its length + 1): repaired rows are wider than their text. */
  lineEnds: number[];
  /** Source column (1-based) of the left edge: the place of `rows[i][j]` is column `left + j`. */
  left: number;
  width: number;
  headerSeparator?: number;
  /** Lines that already have a diagnostic, so that one break is reported once. */
  reported: Set<number>;
}

/** A cell's border lines: rows `top`/`bottom` and columns `left`/`right` of the block. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where a scan stopped, and how far it got (the furthest stop is the likeliest break). */
export interface ScanFailure {
  i: number;
  j: number;
  expected: string;
  travelled: number;
}

export interface TracedCell {
  rect: CellRect;
  rowseps: number[];
  colseps: number[];
}
