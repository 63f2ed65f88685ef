// The PDF conversion kept some page furniture: running headers ("126\t\tChapter 12. Events in the
// Tracking Logs", "12.3. Student Events\t\t"), sometimes glued in front of a table row, and the
// "Table 11.1 – continued from previous page" captions with the repeated header row of a table
// that runs over a page. This module removes them and records where the page breaks were, so
// that later stages can join what a page break split (tables, code blocks).
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { pdfTextRules } from "./rules.ts";
import { lineSpan, textSpan, type SourceLine, type SourceSpan } from "../../model/position.ts";

export type FurnitureKind = "running-header" | "glued-header" | "continued-caption" | "repeated-table-header";

export interface RemovedFurniture {
  /** The removed text: its whole line, or the start of the line for a glued header. */
  span: SourceSpan;
  kind: FurnitureKind;
  text: string;
}

export interface FurnitureResult {
  /** The lines after furniture removal; each starts where its kept text starts. */
  lines: SourceLine[];
  /** Source lines at which a page break was detected (the furniture line's own number). */
  pageBreaks: number[];
  removed: RemovedFurniture[];
}

const PAGE_NUMBER_PREFIX = /^\d{1,4}\t+/;
const PAGE_NUMBER_SUFFIX = /^[\t ]*(?:\d{1,4})?[\t ]*$/;
const CONTINUED_CAPTION = /^Table \d+(?:\.\d+)* [–—-] continued from previous page\s*$|^Continued on next page\s*$/;

/** Headers keyed by their first word ("12.3." or "Chapter") so each line is tested against a few only. */
function indexHeaders(headers: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const header of headers) {
    const key = header.split(" ", 1)[0] ?? header;
    const list = index.get(key) ?? [];
    list.push(header);
    index.set(key, list);
  }
  // Longest first, so that "12.3. Student Events" wins over a shorter title with the same start.
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

interface HeaderMatch {
  /** Characters of the line that belong to the header (page number included). */
  length: number;
  /** Whether content follows the header on the same line. */
  glued: boolean;
}

function matchHeader(text: string, index: ReadonlyMap<string, string[]>): HeaderMatch | undefined {
  const prefix = PAGE_NUMBER_PREFIX.exec(text)?.[0] ?? "";
  const body = text.slice(prefix.length);
  const key = body.split(" ", 1)[0] ?? "";
  for (const header of index.get(key) ?? []) {
    if (!body.startsWith(header)) continue;
    const rest = body.slice(header.length);
    if (PAGE_NUMBER_SUFFIX.test(rest)) return { length: text.length, glued: false };
    if (rest.startsWith(" ") && prefix === "") return { length: prefix.length + header.length + 1, glued: true };
  }
  return undefined;
}

/**
 * Removes page furniture from `lines` (the whole text), keeping only lines `from`..`to` (1-based,
 * inclusive). `headers` are the running-header strings from the table of contents.
 */
export function removePageFurniture(
  lines: readonly string[],
  range: { from: number; to: number },
  headers: readonly string[],
  file: string,
  sink: DiagnosticSink,
): FurnitureResult {
  const index = indexHeaders(headers);
  const out: SourceLine[] = [];
  const pageBreaks: number[] = [];
  const removed: RemovedFurniture[] = [];
  let lastTableHeader: string | undefined;
  let previousText = "";
  let expectRepeatedHeader = false;
  for (let n = range.from; n <= Math.min(range.to, lines.length); n++) {
    const text = lines[n - 1] ?? "";
    if (text.trim() === "") {
      out.push({ file, start: { line: n, column: 1 }, text: "" });
      continue;
    }
    if (CONTINUED_CAPTION.test(text)) {
      removed.push({ span: lineSpan(file, n, n), kind: "continued-caption", text });
      pageBreaks.push(n);
      expectRepeatedHeader = true;
      continue;
    }
    if (expectRepeatedHeader) {
      expectRepeatedHeader = false;
      if (text === lastTableHeader) {
        removed.push({ span: lineSpan(file, n, n), kind: "repeated-table-header", text });
        continue;
      }
    }
    const header = matchHeader(text, index);
    if (header && !header.glued) {
      removed.push({ span: lineSpan(file, n, n), kind: "running-header", text });
      pageBreaks.push(n);
      continue;
    }
    let kept: SourceLine = { file, start: { line: n, column: 1 }, text };
    if (header?.glued) {
      const cut = text.slice(0, header.length - 1);
      const span = textSpan(file, { line: n, column: 1 }, { line: n, column: header.length - 1 });
      removed.push({ span, kind: "glued-header", text: cut });
      pageBreaks.push(n);
      kept = { file, start: { line: n, column: header.length + 1 }, text: text.slice(header.length) };
      sink.report(
        pdfTextRules["pdf-text/glued-page-header"],
        `running header "${cut}" removed from the start of the line`,
        span,
      );
    }
    if (kept.text.includes("\t") && !previousText.includes("\t")) lastTableHeader = kept.text;
    previousText = kept.text;
    out.push(kept);
  }
  return { lines: out, pageBreaks, removed };
}
