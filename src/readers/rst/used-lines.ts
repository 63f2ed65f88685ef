// Merges the line ranges that reached the catalog into a sorted list without overlaps, per file,
// so coverage can be computed by counting the non-blank lines they hold.
import type { LineRange } from "../reader.ts";

export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.endLine - b.endLine);
  const out: LineRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.file === r.file && r.line <= last.endLine + 1) last.endLine = Math.max(last.endLine, r.endLine);
    else out.push({ ...r });
  }
  return out;
}
