// Tells whether an example's text is JSON and, when it is not, where: a 1-based line and
// column inside the example, as the catalog shows them.
import { scanJson } from "./json-scan.ts";

export interface JsonFailure {
  message: string;
  /** 0-based offset of the error in the text. */
  offset: number;
  line: number;
  column: number;
}

/** 1-based line and column of a 0-based offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}

/** Undefined when the text is JSON (one value, or several values one after another). */
export function jsonFailure(text: string): JsonFailure | undefined {
  const error = scanJson(text);
  if (!error) return undefined;
  // An error at the very end is shown on the last character, where an editor would put it.
  const offset = error.offset >= text.length ? Math.max(0, text.trimEnd().length - 1) : error.offset;
  return { message: error.message, offset: error.offset, ...lineColumnOf(text, offset) };
}
