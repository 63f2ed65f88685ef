// Checks after a grid table's cells are traced: where cells stop closing (the cells beyond a
// break are lost), and the broken drawings docutils accepts silently by merging cells.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { place, report } from "./grid-table-place.ts";
import { gridTableRules } from "./grid-table-rules.ts";
import type { CellRect, GridDrawing, ScanFailure } from "./grid-table-types.ts";

/** Names the first place where cells stop closing, when the cells found do not fill the table. */
export function reportIncomplete(
  block: GridDrawing,
  done: number[],
  failures: Map<string, ScanFailure>,
  sink: DiagnosticSink,
): void {
  const lastRow = block.rows.length - 1;
  const column = done.slice(0, block.width - 1).findIndex((d) => d !== lastRow);
  if (column < 0) return;
  const top = done[column] ?? 0;
  let failure: ScanFailure | undefined;
  for (let left = column; left >= 0 && !failure; left--) failure = failures.get(`${top}:${left}`);
  const where = failure ? place(block, failure.i, failure.j) : place(block, top, column);
  const what = failure ? `expected ${failure.expected}` : "no cell closes below this border";
  if (block.reported.has(where.start.line)) return;
  sink.report(
    gridTableRules["rst/grid-table-malformed"],
    `grid table is broken here (${what}); the cells below line ${block.lines[top] ?? top} from column ${block.left + column} are lost`,
    where,
  );
}

/**
 * docutils accepts some broken drawings silently by merging cells: a row border with `-` where a
 * column border crosses it, or a border with a gap in a cell that `+` marks on both sides. Both
 * are reported here, at the gap.
 */
export function checkJunctions(
  block: GridDrawing,
  found: CellRect[],
  colseps: number[],
  rowseps: number[],
  sink: DiagnosticSink,
): void {
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
