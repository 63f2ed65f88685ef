// Where a description's text came from: the reader hands over the place in the source file at
// which the text begins, and positions inside the text (1-based line and column, as mdast gives
// them) map back to the file. Exact for text read from one line (a table cell); for text a reader
// joined from several lines, each later line of the text is taken to be the next source line.
import type { Point, Position } from "unist";
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { positionAt, type SourcePosition } from "../model/position.ts";

export interface TextOrigin {
  /** Where the text's first character is in its source file. */
  place: SourcePosition;
  /** Receives the problems found in the text, placed in the source file. */
  sink?: DiagnosticSink;
}

/** A point of the text (1-based line and column) as a place in the source file. */
export function pointToPlace(point: Pick<Point, "line" | "column">, origin: TextOrigin): SourcePosition {
  const { file, start } = origin.place;
  return point.line === 1
    ? positionAt(file, start.line, start.column + point.column - 1)
    : positionAt(file, start.line + point.line - 1, point.column);
}

/** A position of the text as a position in the source file (without offsets, which the text does not know). */
export function positionInSource(position: Position, origin: TextOrigin): Position {
  return { start: pointToPlace(position.start, origin).start, end: pointToPlace(position.end, origin).start };
}
