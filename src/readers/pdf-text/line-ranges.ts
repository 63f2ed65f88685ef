// Coverage bookkeeping: the spans of the blocks that reached the catalog, merged into the fewest
// line ranges (sorted, overlapping or touching ranges joined) so the report stays small.
import type { LineRange } from "../reader.ts";
import type { SourceSpan } from "../../model/position.ts";

export function spansToLineRanges(spans: readonly SourceSpan[], file: string): LineRange[] {
  const sorted = [...spans].sort((a, b) => a.start.line - b.start.line || a.end.line - b.end.line);
  const out: LineRange[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start.line <= last.endLine + 1) last.endLine = Math.max(last.endLine, span.end.line);
    else out.push({ file, line: span.start.line, endLine: span.end.line });
  }
  return out;
}
