// How a value's place reads on a page: "file:12–14", or "line 12–14" in tables where the file is
// the snapshot's; columns only where lines alone do not place the text.
import type { SourceSpan } from "../../src/model/position.ts";

export function provenanceLabel(span: SourceSpan, short: boolean): string {
  const { start, end } = span;
  const columns =
    end.column === undefined
      ? ""
      : end.line === start.line
        ? `, columns ${start.column}–${end.column}`
        : `, column ${start.column}`;
  const lines = end.line > start.line ? `${start.line}–${end.line}` : `${start.line}`;
  return short ? `line ${lines}${columns}` : `${span.file.replace(/^sources\//, "")}:${lines}${columns}`;
}
