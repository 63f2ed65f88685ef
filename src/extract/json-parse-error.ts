// Tells whether an example's text is JSON and, when it is not, where: a 1-based line and
// column inside the example, as the catalog shows them.
import type { Point } from "unist";
import { pointInText } from "../model/position.ts";
import { scanJson } from "./json-scan.ts";

export interface JsonFailure {
  message: string;
  /** 0-based offset of the error in the text, as the scanner stopped there. */
  offset: number;
  /** Where the error is shown (an error at the very end, on the last character). */
  point: Point;
}

/** Undefined when the text is JSON (one value, or several values one after another). */
export function jsonFailure(text: string): JsonFailure | undefined {
  const error = scanJson(text);
  if (!error) return undefined;
  // An error at the very end is shown on the last character, where an editor would put it.
  const offset = error.offset >= text.length ? Math.max(0, text.trimEnd().length - 1) : error.offset;
  return { message: error.message, offset: error.offset, point: pointInText(text, offset) };
}
