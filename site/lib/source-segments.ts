// Readable lines for a source without line breaks (the 2023 file is one line of ~100 KB): a long
// line is cut into segments at every column the catalog records (so each recorded place starts a
// segment with its own anchor, #L1C3456) and, between those, at a space every ~100 characters.
import type { Diagnostic } from "../../src/model/diagnostic-schema.ts";
import type { SourceSpan } from "../../src/model/position.ts";

/** Lines longer than this are shown as segments. */
const LONG_LINE = 300;
const WIDTH = 100;

export interface Segment {
  /** The anchor: L<line> for the first segment of a line, L<line>C<column> for the others. */
  id: string;
  line: number;
  /** 1-based column of the segment's first character. */
  column: number;
  text: string;
}

/** A value's provenance (a span). */
function isSpan(value: object): value is SourceSpan {
  return "file" in value && "start" in value && "end" in value;
}

/** A diagnostic about a range (its end line given). */
function isRangeDiagnostic(value: object): value is Diagnostic & { endLine: number } {
  return "file" in value && "line" in value && "endLine" in value;
}

/** Every recorded column start (and the column after each end), by file and line. */
export function recordedColumns(root: unknown): Map<string, Map<number, Set<number>>> {
  const out = new Map<string, Map<number, Set<number>>>();
  const add = (file: string, line: number, column: number): void => {
    const byLine = out.get(file) ?? new Map<number, Set<number>>();
    out.set(file, byLine);
    const set = byLine.get(line) ?? new Set<number>();
    byLine.set(line, set);
    set.add(column);
  };
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    if (isSpan(value)) {
      const { start, end } = value;
      if (end.column === undefined) continue;
      add(value.file, start.line, start.column);
      if (end.line === start.line) add(value.file, start.line, end.column + 1);
      continue;
    }
    if (isRangeDiagnostic(value)) {
      add(value.file, value.line, value.column);
      if (value.endColumn !== undefined && value.endLine === value.line) add(value.file, value.line, value.endColumn + 1);
      continue;
    }
    for (const child of Object.values(value)) stack.push(child);
  }
  return out;
}

/** The segments of one line (1-based line number). */
export function segmentLine(text: string, line: number, recorded: ReadonlySet<number> = new Set()): Segment[] {
  if (text.length <= LONG_LINE && recorded.size === 0) return [{ id: `L${line}`, line, column: 1, text }];
  const hard = [...recorded].filter((c) => c > 1 && c <= text.length).sort((a, b) => a - b);
  const starts: number[] = [1];
  let next = 0;
  let start = 1;
  while (start <= text.length) {
    const hardStop = hard[next];
    const limit = start + WIDTH;
    if (hardStop !== undefined && hardStop <= limit) {
      if (hardStop > start) starts.push(hardStop);
      start = Math.max(hardStop, start);
      next++;
      continue;
    }
    if (limit > text.length) break;
    const space = text.lastIndexOf(" ", limit - 1);
    const cut = space + 1 > start + WIDTH / 2 ? space + 2 : limit;
    starts.push(cut);
    start = cut;
  }
  const unique = [...new Set(starts)].sort((a, b) => a - b);
  return unique.map((column, i) => ({
    id: column === 1 ? `L${line}` : `L${line}C${column}`,
    line,
    column,
    text: text.slice(column - 1, (unique[i + 1] ?? text.length + 1) - 1),
  }));
}
