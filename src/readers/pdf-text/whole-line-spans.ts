// Coverage bookkeeping: the spans of the blocks that reached the catalog, merged into the fewest
// whole-line spans (sorted, overlapping or touching ones joined) so the report stays small.
import { spanAt, type SourceSpan } from "../../model/position.ts";

export function mergeWholeLineSpans(spans: readonly SourceSpan[], file: string): SourceSpan[] {
  const sorted = [...spans].sort((a, b) => a.start.line - b.start.line || a.end.line - b.end.line);
  const out: SourceSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start.line <= last.end.line + 1) last.end = { line: Math.max(last.end.line, span.end.line) };
    else out.push(spanAt(file, span.start.line, 1, span.end.line));
  }
  return out;
}
