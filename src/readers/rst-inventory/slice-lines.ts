// Cuts a rectangle out of source lines, keeping each piece's true place. The correct_map sub-table
// of the inventory is drawn flush inside the Details column; cut out by its borders, it is a grid
// table of its own.
import type { GridLine } from "../rst/grid-table.ts";

/** The lines `fromLine`..`toLine`, columns `fromColumn`..`toColumn` (inclusive, 1-based). */
export function sliceGridLines(
  lines: readonly GridLine[],
  fromLine: number,
  toLine: number,
  fromColumn: number,
  toColumn: number,
): GridLine[] {
  return lines
    .filter((l) => l.line >= fromLine && l.line <= toLine)
    .map((l) => {
      const start = Math.max(0, fromColumn - l.column);
      const end = Math.max(0, toColumn - l.column + 1);
      return { text: l.text.slice(start, end), line: l.line, column: l.column + start };
    });
}
