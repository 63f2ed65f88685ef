// Places inside a node's text. A paragraph's text is its lines joined with "\n", and each line
// keeps the place of its first character, so any offset in the text has one exact line and
// column. Text cut out of a paragraph (the history after a "**History**:" label) is handed to the
// shared extraction helpers, which report places relative to the text they were given; the
// position mapper made here moves those places back to the file.
import type { PositionMapper } from "../../diagnostics/diagnostic-sink.ts";
import { positionAt, type SourcePosition } from "../../model/position.ts";

export interface PlacedText {
  text: string;
  /** Where each line of `text` starts. */
  lines: readonly SourcePosition[];
}

/** Texts joined with "\n", their lines one after the other. */
export function joinPlaced(parts: readonly PlacedText[]): PlacedText {
  return { text: parts.map((p) => p.text).join("\n"), lines: parts.flatMap((p) => p.lines) };
}

/** The file place of the character at `offset` (clamped into the text). */
export function placeAt(placed: PlacedText, offset: number): SourcePosition {
  const at = Math.min(Math.max(0, Math.trunc(offset)), placed.text.length);
  const before = placed.text.slice(0, at);
  const index = (before.match(/\n/g) ?? []).length;
  const line = placed.lines[Math.min(index, placed.lines.length - 1)] ?? { file: "", start: { line: 1, column: 1 } };
  return positionAt(line.file, line.start.line, line.start.column + at - (before.lastIndexOf("\n") + 1));
}

/** Offset in `text` of a 1-based (line, column) counted from the start of `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let k = 1; k < line; k++) {
    const next = text.indexOf("\n", start);
    if (next < 0) break;
    start = next + 1;
  }
  return start + column - 1;
}

/**
 * Positions relative to the part of `placed` that starts at offset `from` (line 1, column 1 being
 * that offset) moved to their file positions; the file a relative position names is ignored (the
 * lines of `placed` know theirs). Report with `positionAt(file, 1, 1)` as the helper's starting place.
 */
export function placedPositions(placed: PlacedText, from: number): PositionMapper {
  const part = placed.text.slice(from);
  const toFile = (line: number, column: number): SourcePosition => placeAt(placed, from + offsetOf(part, line, column));
  return (position) => {
    const { file, start } = toFile(position.start.line, position.start.column);
    const end = position.end && toFile(position.end.line, position.end.column ?? position.start.column).start;
    return positionAt(file, start.line, start.column, end && { line: end.line, column: end.column });
  };
}
