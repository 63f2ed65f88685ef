// A collapsed file is meant to be one line, but it can still hold a few real line breaks (a final
// newline, a break kept by an export). The steps before this one count places as columns of one
// line: column c is the character at offset c - 1 of the whole text. This module turns such a
// "flat" place into the true line and column, once, at the edge of the reader, so that the
// restoring and remapping steps never need to know where the real lines break.
import type { Point } from "unist";
import type { PositionMapper } from "../../diagnostics/diagnostic-sink.ts";
import { positionAt, type SourcePosition } from "../../model/position.ts";

export interface OriginalLines {
  /** Whether the text holds a line break before its last character (a final newline does not count). */
  multiline: boolean;
  /** True line and column (1-based) of a flat column, clamped into the text. */
  at(flatColumn: number): Point;
  /** A flat position (line 1, flat columns) as a true position. */
  position(flat: SourcePosition): SourcePosition;
  /** How a skipped reason names the span of flat columns `from`..`to` (inclusive). */
  describe(from: number, to: number): string;
}

export function createOriginalLines(text: string): OriginalLines {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const multiline = starts.length > 2 || (starts.length === 2 && (starts[1] ?? 0) < text.length);
  const at = (flatColumn: number): Point => {
    const offset = Math.min(Math.max(0, Math.trunc(flatColumn) - 1), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
  return {
    multiline,
    at,
    position(flat) {
      const start = at(flat.start.column);
      if (!flat.end) return positionAt(flat.file, start.line, start.column);
      const end = at(flat.end.column ?? flat.start.column);
      return positionAt(flat.file, start.line, start.column, {
        line: end.line,
        column: end.line === start.line ? Math.max(start.column, end.column) : end.column,
      });
    },
    describe(from, to) {
      if (!multiline) return `columns ${from}-${to}`;
      const a = at(from);
      const b = at(to);
      return `lines ${a.line}:${a.column}-${b.line}:${b.column}`;
    },
  };
}

/** Flat positions in `file` made true; positions in other files pass through. */
export function originalPositions(file: string, lines: OriginalLines): PositionMapper {
  return (position) => (position.file === file ? lines.position(position) : position);
}
