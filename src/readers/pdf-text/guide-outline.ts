// The Research Guide opens with a table of contents ("12\tEvents in the Tracking Logs\t93",
// "12.3\tStudent Events\t99"). It tells where each chapter starts in the converted text (a chapter
// title stands alone, unnumbered) and which strings the running page headers repeat
// ("Chapter 12. Events in the Tracking Logs", "12.3. Student Events").
import { lineSpan, type SourceSpan } from "../../model/position.ts";

export interface OutlineEntry {
  /** "12" for a chapter, "12.3" for a section. */
  number: string;
  title: string;
  /** The line of the entry in the table of contents. */
  span: SourceSpan;
}

/** A chapter of the guide, found before any block is read. */
export interface GuideChapter {
  number: string;
  title: string;
  /**
   * Its lines: from the unnumbered chapter title in the body to the last line before the next
   * chapter title (or the end of the text).
   */
  span: SourceSpan;
}

export interface GuideOutline {
  entries: OutlineEntry[];
  /** The lines of the table of contents, from its first entry to its last; absent when there is none. */
  toc?: SourceSpan;
  chapters: GuideChapter[];
}

const TOC_ENTRY = /^(\d+(?:\.\d+)*)\s+([^\t]+?)\t+(\d+)$/;

/** Reads the table of contents at the top of the text and places every chapter title found after it. */
export function readGuideOutline(lines: readonly string[], file: string): GuideOutline {
  const entries: OutlineEntry[] = [];
  let endLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() === "") continue;
    const m = TOC_ENTRY.exec(text);
    if (m?.[1] && m[2]) {
      entries.push({ number: m[1], title: m[2].trim(), span: lineSpan(file, i + 1, i + 1) });
      endLine = i + 1;
    } else if (entries.length > 0) {
      break;
    }
  }
  const starts: { entry: OutlineEntry; line: number }[] = [];
  const titleLines = linesOfTitles(lines, endLine, entries);
  let from = endLine + 1;
  for (const entry of entries) {
    if (entry.number.includes(".")) continue;
    const line = (titleLines.get(entry.title) ?? []).find((n) => n >= from);
    if (line === undefined) continue;
    starts.push({ entry, line });
    from = line + 1;
  }
  const chapters = starts.map((s, k) => ({
    number: s.entry.number,
    title: s.entry.title,
    span: lineSpan(file, s.line, (starts[k + 1]?.line ?? lines.length + 1) - 1),
  }));
  const first = entries[0];
  return first ? { entries, toc: lineSpan(file, first.span.start.line, endLine), chapters } : { entries, chapters };
}

/**
 * The lines (1-based, ascending) after the table of contents that hold a chapter title alone: one
 * pass over the text, so that titles missing from an excerpt do not each cost a scan to the end.
 */
function linesOfTitles(
  lines: readonly string[],
  from: number,
  entries: readonly OutlineEntry[],
): Map<string, number[]> {
  const found = new Map<string, number[]>(entries.filter((e) => !e.number.includes(".")).map((e) => [e.title, []]));
  // Longer lines (prose, table rows) cannot be a title with some spaces around it: not trimmed.
  const longest = [...found.keys()].reduce((max, t) => Math.max(max, t.length), 0) + 8;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.length <= longest) found.get(text.trim())?.push(i + 1);
  }
  return found;
}

/** The running-header strings of outline entries: "Chapter 12. Events in the Tracking Logs", "12.3. Student Events". */
export function runningHeaders(entries: readonly OutlineEntry[]): string[] {
  return entries.map((e) => (e.number.includes(".") ? `${e.number}. ${e.title}` : `Chapter ${e.number}. ${e.title}`));
}
