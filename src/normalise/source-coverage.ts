// How much of a source file ended up in the catalog. Counted in non-white-space characters, so a
// file whose line breaks were lost (one line of 100 KB) is measured as finely as any other, and in
// non-blank lines for a quick reading. Also lists the blocks the reader skipped. A normalise pass:
// it needs only what the readers report as used and skipped, whichever reader it was.
import type { ReleaseSource, SkippedBlock, SourceCoverage } from "../model/release-schema.ts";
import type { SourceSpan } from "../model/position.ts";
import type { ReadResult } from "../readers/reader.ts";
import type { FileRead } from "./release-read.ts";

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export function computeSourceCoverage(
  text: string,
  used: readonly SourceSpan[],
  skipped: readonly SkippedBlock[],
): SourceCoverage {
  const starts = lineStarts(text);
  const lineCount = starts.length;
  const offsetOf = (line: number, column: number): number => {
    const l = Math.min(Math.max(1, line), lineCount);
    const start = starts[l - 1] ?? 0;
    const end = l < lineCount ? (starts[l] ?? text.length) - 1 : text.length;
    return Math.min(start + Math.max(0, column - 1), end);
  };
  const mark = new Uint8Array(text.length + 1);
  for (const { start, end } of used) {
    const from = offsetOf(start.line, start.column);
    const to =
      end.column !== undefined
        ? offsetOf(end.line, end.column) + 1
        : end.line >= lineCount
          ? text.length
          : (starts[end.line] ?? text.length);
    mark.fill(1, Math.max(0, from), Math.max(from, Math.min(to, text.length)));
  }
  let characters = 0;
  let charactersUsed = 0;
  let lines = 0;
  let linesUsed = 0;
  let lineHasText = false;
  let lineHasUsed = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10) {
      if (lineHasText) lines++;
      if (lineHasUsed) linesUsed++;
      lineHasText = false;
      lineHasUsed = false;
      continue;
    }
    if (code === 32 || code === 9 || code === 13) continue;
    characters++;
    lineHasText = true;
    if (mark[i]) {
      charactersUsed++;
      lineHasUsed = true;
    }
  }
  const sorted = [...skipped].sort((a, b) => a.line - b.line || a.endLine - b.endLine || a.rule.localeCompare(b.rule));
  return {
    lines,
    linesUsed,
    characters,
    charactersUsed,
    ratio: characters === 0 ? 0 : Math.round((charactersUsed / characters) * 10_000) / 10_000,
    skipped: sorted,
  };
}

/** Each file's record in the catalog: how it was read, its fingerprint, and how much of it was used. */
export function recordSources(files: readonly FileRead[], result: ReadResult): ReleaseSource[] {
  return files.map((file) => ({
    path: file.path,
    format: file.format,
    formatDetected: file.formatDetected,
    sha256: file.sha256,
    bytes: file.bytes,
    coverage: computeSourceCoverage(
      file.text,
      result.used.filter((u) => u.file === file.path),
      result.skipped
        .filter((s) => s.position.file === file.path)
        .map(({ position, rule, reason }) => ({ line: position.start.line, endLine: position.end.line, rule, reason })),
    ),
  }));
}
