// Merges the line ranges that reached the catalog into a sorted list without overlaps, per file,
// so coverage can be computed by counting the non-blank lines they hold.
import { spanAt, type SourceSpan } from "../../model/position.ts";

export function mergeRanges(ranges: readonly SourceSpan[]): SourceSpan[] {
  const sorted = [...ranges].sort(
    (a, b) => a.file.localeCompare(b.file) || a.start.line - b.start.line || a.end.line - b.end.line,
  );
  const out: SourceSpan[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.file === r.file && r.start.line <= last.end.line + 1)
      last.end = { line: Math.max(last.end.line, r.end.line) };
    else out.push(spanAt(r.file, r.start.line, 1, r.end.line));
  }
  return out;
}
