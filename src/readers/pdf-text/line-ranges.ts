// Coverage bookkeeping: the spans of the blocks that reached the catalog, merged into the fewest
// line ranges (sorted, overlapping or touching ranges joined) so the report stays small.
import type { LineRange } from "../reader.ts";
import type { Span } from "./block-types.ts";

export function spansToLineRanges(spans: readonly Span[], file: string): LineRange[] {
  const sorted = [...spans].sort((a, b) => a.line - b.line || a.endLine - b.endLine);
  const out: LineRange[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.line <= last.endLine + 1) last.endLine = Math.max(last.endLine, span.endLine);
    else out.push({ file, line: span.line, endLine: span.endLine });
  }
  return out;
}
