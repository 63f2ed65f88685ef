// Cuts a rectangle out of source lines, keeping each piece's true place. The correct_map sub-table
// of the inventory is drawn flush inside the Details column; cut out by its borders, it is a grid
// table of its own.
import type { SourceLine } from "../../model/position.ts";

/** The lines `fromLine`..`toLine`, columns `fromColumn`..`toColumn` (inclusive, 1-based). */
export function sliceGridLines(
  lines: readonly SourceLine[],
  fromLine: number,
  toLine: number,
  fromColumn: number,
  toColumn: number,
): SourceLine[] {
  return lines
    .filter((l) => l.start.line >= fromLine && l.start.line <= toLine)
    .map((l) => {
      const start = Math.max(0, fromColumn - l.start.column);
      const end = Math.max(0, toColumn - l.start.column + 1);
      return {
        text: l.text.slice(start, end),
        file: l.file,
        start: { line: l.start.line, column: l.start.column + start },
      };
    });
}
