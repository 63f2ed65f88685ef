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
import { type SourceLine, spanAt } from "../../model/position.ts";
import { checkJunctions, reportIncomplete } from "./grid-table-checks.ts";
import { normaliseBlock } from "./grid-table-edges.ts";
import { place } from "./grid-table-place.ts";
import { gridTableRules } from "./grid-table-rules.ts";
import type { CellRect, GridDrawing, GridRow, GridTable, ScanFailure, TracedCell } from "./grid-table-types.ts";

export type { GridCell, GridRow, GridTable } from "./grid-table-types.ts";

/** Follows one cell's borders from its top-left corner; returns the cell or the furthest break. */
function scanCell(block: GridDrawing, top: number, left: number): TracedCell | ScanFailure {
  const rows = block.rows;
  const width = block.width;
  const height = rows.length;
  const at = (i: number, j: number): string => rows[i]?.[j] ?? " ";
  let best: ScanFailure = { i: top, j: left + 1, expected: "`-` or `+`", travelled: -1 };
  const fail = (f: ScanFailure): void => {
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
function closeCell(block: GridDrawing, r: CellRect): TracedCell | ScanFailure {
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
function cellLines(block: GridDrawing, r: CellRect): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = r.top + 1; i < r.bottom; i++) {
    let text = (block.rows[i] ?? "").slice(r.left + 1, r.right);
    let column = block.left + r.left + 1;
    if (text.startsWith(" ")) {
      text = text.slice(1);
      column += 1;
    }
    out.push({ text: text.trimEnd(), file: block.file, start: { line: block.lines[i] ?? 0, column } });
  }
  while (out[0]?.text === "") out.shift();
  while (out.at(-1)?.text === "") out.pop();
  return out;
}

/** The grid table drawn by `lines` of `file`, or undefined (with diagnostics) when it cannot be read. */
export function parseGridTable(
  lines: readonly SourceLine[],
  file: string,
  sink: DiagnosticSink,
): GridTable | undefined {
  const block = normaliseBlock(lines, file, sink);
  if (!block) return undefined;
  const height = block.rows.length;
  const lastRow = height - 1;
  const done: number[] = new Array<number>(block.width).fill(0);
  const rowseps = new Set<number>([0]);
  const colseps = new Set<number>([0]);
  const found: CellRect[] = [];
  const failures = new Map<string, ScanFailure>();
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
  return assemble(
    block,
    found,
    [...rowseps].sort((a, b) => a - b),
    [...colseps].sort((a, b) => a - b),
  );
}

function assemble(block: GridDrawing, found: CellRect[], rowseps: number[], colseps: number[]): GridTable {
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
      position: spanAt(
        block.file,
        block.lines[r.top + 1] ?? 0,
        block.left + r.left + 1,
        block.lines[r.bottom - 1] ?? 0,
      ),
    });
  }
  for (const row of rows) row.cells.sort((a, b) => a.column - b.column);
  const header = block.headerSeparator === undefined ? 0 : (rowIndex.get(block.headerSeparator) ?? 0);
  return {
    position: spanAt(block.file, block.lines[0] ?? 0, block.left, block.lines.at(-1) ?? 0),
    columns: colseps.length - 1,
    headerRows: header,
    rows,
    rowBorders: rowseps.map((i) => block.lines[i] ?? 0),
    columnBorders: colseps.map((j) => block.left + j),
  };
}
