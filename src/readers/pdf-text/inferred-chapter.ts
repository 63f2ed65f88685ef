// Some conversions of the guide have no usable table of contents (it was dropped, or the file is
// an excerpt holding only the event chapters), and a later release numbers the chapters
// differently. The chapters are then found from the body: an unnumbered title line standing alone
// ("Events in the Tracking Logs") followed by numbered section headings ("12.1 Reviewing a Sample
// Event", "12.3 Student Events"). The headings give the chapter number and the running-header
// strings the table of contents would have given; the chapter ends at the title of the next
// chapter, found by walking back from that chapter's first numbered heading.
import { lineSpan, type SourceLine } from "../../model/position.ts";
import type { GuideChapter, OutlineEntry } from "./guide-outline.ts";

export interface InferredChapter {
  chapter: GuideChapter;
  /** The chapter and its "N.M" sections as outline entries (`span` is the heading's line). */
  entries: OutlineEntry[];
  /** The first numbered heading after the title: it gave the chapter number. */
  numberedBy: SourceLine;
}

interface SectionHeading {
  chapter: string;
  number: string;
  depth: number;
  title: string;
}

const SECTION_HEADING = /^(\d+)((?:\.\d+)+)\s+(\S.*)$/;
/** Lines that belong to a chapter's content: tables, code fences, event labels. */
const CONTENT_LINE = /\t|^```|^(?:History|Event Source|Component):/;
const TITLE_END = /[.:,;!?)]$/;

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

function sectionHeading(text: string | undefined): SectionHeading | undefined {
  if (text === undefined || text.includes("\t")) return undefined;
  const m = SECTION_HEADING.exec(text.trimEnd());
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const number = m[1] + m[2];
  return { chapter: m[1], number, depth: number.split(".").length, title: m[3] };
}

/** A line standing alone that could be a chapter title: short, capitalised, no closing punctuation. */
function isTitleLike(lines: readonly string[], i: number): boolean {
  const text = (lines[i] ?? "").trim();
  return (
    text.length > 0 &&
    text.length <= 80 &&
    /^[A-Z]/.test(text) &&
    !TITLE_END.test(text) &&
    !CONTENT_LINE.test(text) &&
    sectionHeading(text) === undefined &&
    isBlank(lines[i - 1]) &&
    isBlank(lines[i + 1])
  );
}

/**
 * The 0-based index of the next chapter's title, walking back from that chapter's first heading
 * (index `heading`) over its introduction, down to the last content line of chapter `number`.
 */
function nextChapterTitle(
  lines: readonly string[],
  heading: number,
  floor: number,
  number: string,
): number | undefined {
  let title: number | undefined;
  for (let i = heading - 1; i > floor; i--) {
    const text = lines[i] ?? "";
    if (isBlank(text)) continue;
    if (CONTENT_LINE.test(text) || sectionHeading(text)?.chapter === number) break;
    if (isTitleLike(lines, i)) title = i;
  }
  return title;
}

/**
 * Finds a chapter by its title in the body, searching from `from` (0-based index). Returns
 * undefined when no standalone line matches `title` or no numbered heading follows it.
 */
export function inferChapter(
  lines: readonly string[],
  title: RegExp,
  from: number,
  file: string,
): InferredChapter | undefined {
  let start = -1;
  for (let i = from; i < lines.length; i++) {
    if (title.test((lines[i] ?? "").trim()) && isBlank(lines[i - 1]) && isBlank(lines[i + 1])) {
      start = i;
      break;
    }
  }
  if (start < 0) return undefined;
  let first = -1;
  let firstHeading: SectionHeading | undefined;
  for (let i = start + 1; i < lines.length && !firstHeading; i++) {
    firstHeading = sectionHeading(lines[i]);
    first = i;
  }
  if (!firstHeading) return undefined;
  const number = firstHeading.chapter;
  const sections: OutlineEntry[] = [];
  let end = lines.length - 1;
  /** Where a walk back for the next chapter's title stops: no line is walked over twice. */
  let floor = first;
  for (let i = first; i < lines.length; i++) {
    const heading = sectionHeading(lines[i]);
    if (!heading) continue;
    if (heading.chapter !== number) {
      // The next chapter's first heading stands as a paragraph of its own; a lower number (the
      // text starts over, as in a concatenation) counts only under a chapter title.
      const title = isBlank(lines[i - 1]) ? nextChapterTitle(lines, i, floor, number) : undefined;
      if (isBlank(lines[i - 1]) && (title !== undefined || Number(heading.chapter) > Number(number))) {
        end = (title ?? i) - 1;
        break;
      }
      floor = i;
      continue;
    }
    floor = i;
    if (heading.depth === 2)
      sections.push({ number: heading.number, title: heading.title.trim(), span: lineSpan(file, i + 1, i + 1) });
  }
  const chapterTitle = (lines[start] ?? "").trim();
  return {
    chapter: { number, title: chapterTitle, span: lineSpan(file, start + 1, end + 1) },
    entries: [{ number, title: chapterTitle, span: lineSpan(file, start + 1, start + 1) }, ...sections],
    numberedBy: { file, start: { line: first + 1, column: 1 }, text: (lines[first] ?? "").trim() },
  };
}
