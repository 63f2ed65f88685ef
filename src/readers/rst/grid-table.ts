// Parses an RST grid table the way docutils does: from each top-left corner `+`, follow the top
// border right to a `+`, the side `|` down to a `+`, the bottom border left and the left side up
// again; a rectangle that closes is a cell. Row and column spans fall out of this naturally, and a
// table drawn flush inside a cell (its borders merged with the outer ones) becomes extra columns
// whose boundaries `columnBorders` exposes. A table drawn inside a cell with its own margins stays
// as that cell's lines: callers call `parseGridTable` again on them.
//
// Problems in the drawing are diagnostics with the line and column of the break, never
// exceptions; the parser keeps every cell that closes, and returns undefined only when nothing
// table-like is left.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { gridTableRules } from "./grid-table-rules.ts";

/** One line of source text; `line` and `column` (1-based) are the place of `text[0]`. */
export interface GridLine {
  text: string;
  line: number;
  column: number;
}

/**
 * A cell: `row`/`column` are 0-based indices into the table's grid, spans count grid rows and
 * columns. `lines` hold the text inside the borders, the one padding space after `|` removed,
 * relative indentation kept, trailing spaces and leading/trailing blank lines dropped, each with
 * its true place. `line`..`endLine` are the source lines inside the cell's borders.
 */
export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  lines: GridLine[];
  line: number;
  endLine: number;
}

export interface GridRow {
  /** Cells that start in this row, left to right. */
  cells: GridCell[];
}

export interface GridTable {
  columns: number;
  /** Rows above the `=` separator (0 when the table has none). */
  headerRows: number;
  rows: GridRow[];
  /** First and last source line of the table (its top and bottom borders). */
  line: number;
  endLine: number;
  /** Source line of each row border, top to bottom (rows + 1 entries). */
  rowBorders: number[];
  /** Source column (1-based) of each column border, left to right (columns + 1 entries). */
  columnBorders: number[];
}

/** The table as rows of characters from its left edge, after the edge repairs are reported. */
interface Block {
  rows: string[];
  /** Source line of each row. */
  lines: number[];
  /** Source column (1-based) of the left edge: the place of `rows[i][j]` is column `left + j`. */
  left: number;
  width: number;
  headerSeparator?: number;
  /** Lines that already have a diagnostic, so that one break is reported once. */
  reported: Set<number>;
}

/** A cell's border lines: rows `top`/`bottom` and columns `left`/`right` of the block. */
interface Rect { top: number; left: number; bottom: number; right: number }

/** Where a scan stopped, and how far it got (the furthest stop is the likeliest break). */
interface Failure { i: number; j: number; expected: string; travelled: number }

interface Found { rect: Rect; rowseps: number[]; colseps: number[] }

/** Follows one cell's borders from its top-left corner; returns the cell or the furthest break. */
function scanCell(block: Block, top: number, left: number): Found | Failure {
  const rows = block.rows;
  const width = block.width;
  const height = rows.length;
  const at = (i: number, j: number): string => rows[i]?.[j] ?? " ";
  let best: Failure = { i: top, j: left + 1, expected: "`-` or `+`", travelled: -1 };
  const fail = (f: Failure): void => {
    if (f.travelled > best.travelled) best = f;
  };
  for (let right = left + 1; right < width; right++) {
    const c = at(top, right);
    if (c === "-") continue;
    if (c !== "+") {
      fail({ i: top, j: right, expected: "`-` or `+`", travelled: right - left });
      return best;
    }
    // Down the right side.
    const rowseps: number[] = [];
    for (let bottom = top + 1; bottom < height; bottom++) {
      const d = at(bottom, right);
      if (d === "|") continue;
      if (d !== "+" || bottom === top + 1) {
        fail({ i: bottom, j: right, expected: "`|` or `+`", travelled: right - left + bottom - top });
        break;
      }
      const closed = closeCell(block, { top, left, bottom, right });
      if ("rect" in closed) return { ...closed, rowseps: [...rowseps, ...closed.rowseps] };
      fail({ ...closed, travelled: closed.travelled + right - left + bottom - top });
      rowseps.push(bottom);
    }
  }
  return best;
}

/** Checks the bottom border (right to left) and the left side (bottom to top) of a candidate. */
function closeCell(block: Block, r: Rect): Found | Failure {
  const at = (i: number, j: number): string => block.rows[i]?.[j] ?? " ";
  const colseps: number[] = [];
  for (let j = r.right - 1; j > r.left; j--) {
    const c = at(r.bottom, j);
    if (c === "+") colseps.push(j);
    else if (c !== "-") return { i: r.bottom, j, expected: "`-` or `+`", travelled: r.right - j };
  }
  if (at(r.bottom, r.left) !== "+") {
    return { i: r.bottom, j: r.left, expected: "`+`", travelled: r.right - r.left };
  }
  const rowseps: number[] = [];
  for (let i = r.bottom - 1; i > r.top; i--) {
    const c = at(i, r.left);
    if (c === "+") rowseps.push(i);
    else if (c !== "|") {
      return { i, j: r.left, expected: "`|` or `+`", travelled: r.right - r.left + r.bottom - i };
    }
  }
  return { rect: r, rowseps, colseps };
}

/** The text inside a cell's borders, with each line's true place. */
function cellLines(block: Block, r: Rect): GridLine[] {
  const out: GridLine[] = [];
  for (let i = r.top + 1; i < r.bottom; i++) {
    let text = (block.rows[i] ?? "").slice(r.left + 1, r.right);
    let column = block.left + r.left + 1;
    if (text.startsWith(" ")) {
      text = text.slice(1);
      column += 1;
    }
    out.push({ text: text.trimEnd(), line: block.lines[i] ?? 0, column });
  }
  while (out[0]?.text === "") out.shift();
  while (out.at(-1)?.text === "") out.pop();
  return out;
}

export function parseGridTable(lines: readonly GridLine[], sink: DiagnosticSink): GridTable | undefined {
  const block = normaliseBlock(lines, sink);
  if (!block) return undefined;
  const height = block.rows.length;
  const lastRow = height - 1;
  const done: number[] = new Array<number>(block.width).fill(0);
  const rowseps = new Set<number>([0]);
  const colseps = new Set<number>([0]);
  const found: Rect[] = [];
  const failures = new Map<string, Failure>();
  const corners: [number, number][] = [[0, 0]];
  const seen = new Set<string>();
  while (corners.length > 0) {
    corners.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const [top, left] = corners.shift() ?? [0, 0];
    const key = `${top}:${left}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (top >= lastRow || left >= block.width - 1 || top < (done[left] ?? 0)) continue;
    const result = scanCell(block, top, left);
    if (!("rect" in result)) {
      failures.set(key, result);
      continue;
    }
    const r = result.rect;
    found.push(r);
    rowseps.add(r.top).add(r.bottom);
    colseps.add(r.left).add(r.right);
    for (const i of result.rowseps) rowseps.add(i);
    for (const j of result.colseps) colseps.add(j);
    for (let j = r.left; j < r.right; j++) done[j] = r.bottom;
    corners.push([r.top, r.right], [r.bottom, r.left]);
  }
  if (found.length === 0) {
    const f = failures.get("0:0");
    sink.report(
      gridTableRules["rst/grid-table-malformed"],
      `grid table has no cell that closes${f ? `: expected ${f.expected}` : ""}`,
      place(block, f?.i ?? 0, f?.j ?? 0),
      "error",
    );
    return undefined;
  }
  reportIncomplete(block, done, failures, sink);
  checkJunctions(block, found, [...colseps], [...rowseps], sink);
  return assemble(block, found, [...rowseps].sort((a, b) => a - b), [...colseps].sort((a, b) => a - b));
}

function place(block: Block, i: number, j: number): { line: number; column: number } {
  return { line: block.lines[i] ?? block.lines.at(-1) ?? 1, column: block.left + j };
}

/** Names the first place where cells stop closing, when the cells found do not fill the table. */
function reportIncomplete(block: Block, done: number[], failures: Map<string, Failure>, sink: DiagnosticSink): void {
  const lastRow = block.rows.length - 1;
  const column = done.slice(0, block.width - 1).findIndex((d) => d !== lastRow);
  if (column < 0) return;
  const top = done[column] ?? 0;
  let failure: Failure | undefined;
  for (let left = column; left >= 0 && !failure; left--) failure = failures.get(`${top}:${left}`);
  const where = failure ? place(block, failure.i, failure.j) : place(block, top, column);
  const what = failure ? `expected ${failure.expected}` : "no cell closes below this border";
  if (block.reported.has(where.line)) return;
  sink.report(
    gridTableRules["rst/grid-table-malformed"],
    `grid table is broken here (${what}); the cells below line ${block.lines[top] ?? top} from column ${block.left + column} are lost`,
    where,
  );
}

function assemble(block: Block, found: Rect[], rowseps: number[], colseps: number[]): GridTable {
  const rowIndex = new Map(rowseps.map((i, k) => [i, k]));
  const colIndex = new Map(colseps.map((j, k) => [j, k]));
  const rows: GridRow[] = rowseps.slice(1).map(() => ({ cells: [] }));
  for (const r of found) {
    const row = rowIndex.get(r.top) ?? 0;
    const column = colIndex.get(r.left) ?? 0;
    rows[row]?.cells.push({
      row,
      column,
      rowSpan: (rowIndex.get(r.bottom) ?? row + 1) - row,
      colSpan: (colIndex.get(r.right) ?? column + 1) - column,
      lines: cellLines(block, r),
      line: block.lines[r.top + 1] ?? 0,
      endLine: block.lines[r.bottom - 1] ?? 0,
    });
  }
  for (const row of rows) row.cells.sort((a, b) => a.column - b.column);
  const header = block.headerSeparator === undefined ? 0 : (rowIndex.get(block.headerSeparator) ?? 0);
  return {
    columns: colseps.length - 1,
    headerRows: header,
    rows,
    line: block.lines[0] ?? 0,
    endLine: block.lines.at(-1) ?? 0,
    rowBorders: rowseps.map((i) => block.lines[i] ?? 0),
    columnBorders: colseps.map((j) => block.left + j),
  };
}

const BORDER = /^\+[-=+]*\+$/;
const HEADER_SEPARATOR = /^\+(?:=+\+)+$/;
const EDGE = new Set(["|", "+"]);

function report(block: Block, sink: DiagnosticSink, i: number, j: number, message: string): void {
  const at = place(block, i, j);
  if (block.reported.has(at.line)) return;
  block.reported.add(at.line);
  sink.report(gridTableRules["rst/grid-table-malformed"], message, at);
}

/** Puts the lines on one grid from the left edge and repairs right edges that are merely misplaced. */
function normaliseBlock(lines: readonly GridLine[], sink: DiagnosticSink): Block | undefined {
  const first = lines[0];
  const top = first?.text.trim() ?? "";
  if (!first || !BORDER.test(top) || lines.length < 2) {
    const at = { line: first?.line ?? 1, column: first?.column ?? 1 };
    const what = first && BORDER.test(top) ? "has no body" : "does not start with a border line (`+---+`)";
    sink.report(gridTableRules["rst/grid-table-malformed"], `grid table ${what}`, at, "error");
    return undefined;
  }
  const left = first.column + (first.text.length - first.text.trimStart().length);
  const width = top.length;
  const block: Block = { rows: [], lines: lines.map((l) => l.line), left, width, reported: new Set() };
  for (const l of lines) {
    const text = l.text.trimEnd();
    const offset = left - l.column;
    block.rows.push(offset >= 0 ? text.slice(offset) : " ".repeat(-offset) + text);
    if (offset > 0 && text.slice(0, offset).trim() !== "") {
      report(block, sink, block.rows.length - 1, 0, "text left of the grid table's left edge");
    }
  }
  for (let i = 1; i < block.rows.length; i++) repairRightEdge(block, i, sink);
  closeBottom(block, sink);
  findHeader(block, sink);
  return block;
}

function repairRightEdge(block: Block, i: number, sink: DiagnosticSink): void {
  const r = block.rows[i] ?? "";
  const w = block.width;
  const last = r.at(-1) ?? "";
  const edge = block.left + w - 1;
  if (!EDGE.has(r[0] ?? "")) report(block, sink, i, 0, "expected `|` or `+` at the grid table's left edge");
  if (r.length === w) {
    if (!EDGE.has(last)) report(block, sink, i, w - 1, `ragged right edge: expected \`|\` or \`+\` at column ${edge}`);
    return;
  }
  if (r.length < w) {
    const border = BORDER.test(r);
    report(
      block,
      sink,
      i,
      EDGE.has(last) ? r.length - 1 : r.length,
      `line is shorter than the grid table: its right border should be at column ${edge}`,
    );
    // A body line that lost its right border is closed; a misplaced border is moved to the edge.
    if (!EDGE.has(last)) block.rows[i] = r.startsWith("|") ? `${r.padEnd(w - 1)}|` : r.padEnd(w);
    else block.rows[i] = r.slice(0, -1).padEnd(w - 1, border ? "-" : " ") + last;
    return;
  }
  if (EDGE.has(r[w - 1] ?? "")) {
    report(block, sink, i, w, `text beyond the grid table's right border at column ${edge}`);
  } else if (EDGE.has(last) && r.slice(w - 1, -1).trim() === "") {
    report(block, sink, i, r.length - 1, `ragged right edge: the border should be at column ${edge}`);
    block.rows[i] = r.slice(0, w - 1) + last;
    return;
  } else {
    report(block, sink, i, w - 1, `ragged right edge: expected \`|\` or \`+\` at column ${edge}`);
    // A border drawn too long is cut back to the table's edge.
    if (BORDER.test(r)) {
      block.rows[i] = `${r.slice(0, w - 1)}+`;
      return;
    }
  }
  block.rows[i] = r.slice(0, w);
}

/** A table cut off before its bottom border gets one drawn under its last line. */
function closeBottom(block: Block, sink: DiagnosticSink): void {
  const last = block.rows.length - 1;
  const r = block.rows[last] ?? "";
  if (BORDER.test(r)) return;
  report(block, sink, last, 0, "grid table has no bottom border; the last line is closed as if it had one");
  const w = block.width;
  block.rows.push([...r.padEnd(w)].map((c, j) => (j === 0 || j === w - 1 || c === "|" ? "+" : "-")).join(""));
  block.lines.push(block.lines[last] ?? 0);
}

function findHeader(block: Block, sink: DiagnosticSink): void {
  const last = block.rows.length - 1;
  block.rows.forEach((r, i) => {
    if (!HEADER_SEPARATOR.test(r)) return;
    block.rows[i] = r.replaceAll("=", "-");
    const why =
      i === 0 || i === last
        ? "a `=` header separator on the table's edge is ignored"
        : block.headerSeparator === undefined
          ? undefined
          : `a second \`=\` header separator is ignored (the header ends at line ${block.lines[block.headerSeparator] ?? 0})`;
    if (why) sink.report(gridTableRules["rst/grid-table-header"], why, place(block, i, 0));
    else block.headerSeparator = i;
  });
}

/**
 * docutils accepts some broken drawings silently by merging cells: a row border with `-` where a
 * column border crosses it, or a border with a gap in a cell that `+` marks on both sides. Both
 * are reported here, at the gap.
 */
function checkJunctions(block: Block, found: Rect[], colseps: number[], rowseps: number[], sink: DiagnosticSink): void {
  const at = (i: number, j: number): string => block.rows[i]?.[j] ?? " ";
  for (const i of rowseps) {
    for (const j of colseps) {
      if (at(i, j) === "-" && (at(i - 1, j) === "|" || at(i + 1, j) === "|")) {
        report(block, sink, i, j, "missing `+` where a column border meets a row border");
      }
    }
  }
  for (const r of found) {
    for (let i = r.top + 1; i < r.bottom; i++) {
      if (at(i, r.left) !== "+" || at(i, r.right) !== "+") continue;
      if (at(i, r.left + 1) !== "-" && at(i, r.right - 1) !== "-") continue;
      let j = r.left + 1;
      while (j < r.right && (at(i, j) === "-" || at(i, j) === "+")) j++;
      if (j < r.right) report(block, sink, i, j, "row border broken: expected `-` or `+`");
    }
    for (let j = r.left + 1; j < r.right; j++) {
      if (at(r.top, j) !== "+" || at(r.bottom, j) !== "+") continue;
      let i = r.top + 1;
      while (i < r.bottom && at(i, j) !== "|") i++;
      if (i === r.bottom) continue;
      i = r.top + 1;
      while (i < r.bottom && (at(i, j) === "|" || at(i, j) === "+")) i++;
      if (i < r.bottom) report(block, sink, i, j, "column border broken: expected `|` or `+`");
    }
  }
}
