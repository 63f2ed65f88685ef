// Where the two chapters of the event reference are: from the table of contents when it lists
// them, otherwise from the body (an excerpt, or a conversion that dropped the table of contents).
// Each chapter found from the body, or not found at all, is reported, so that a reader of the
// diagnostics knows how far the chapter boundaries can be trusted.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { readGuideOutline, runningHeaders, type GuideChapter, type GuideOutline } from "./guide-outline.ts";
import { inferChapter } from "./inferred-chapter.ts";
import { pdfTextRules } from "./rules.ts";
import { positionAt } from "../../model/position.ts";

export interface ChapterLocation {
  /** The alphabetical event list (chapter 11 in the 2016 guide). */
  list?: GuideChapter;
  /** "Events in the Tracking Logs" (chapter 12 in the 2016 guide). */
  events?: GuideChapter;
  /** Running-header strings: from the table of contents, plus those derived for inferred chapters. */
  headers: string[];
}

interface WantedChapter {
  title: RegExp;
  name: string;
}

const EVENT_LIST: WantedChapter = { title: /^alphabetical event list$/i, name: "Alphabetical Event List" };
const EVENT_CHAPTER: WantedChapter = { title: /^events in the tracking logs$/i, name: "Events in the Tracking Logs" };

/** Why the table of contents did not place the chapter. */
function outlineGap(outline: GuideOutline, wanted: WantedChapter): string {
  if (!outline.toc) return "there is no table of contents";
  const entry = outline.entries.find((e) => !e.number.includes(".") && wanted.title.test(e.title));
  if (entry)
    return `the table of contents lists chapter ${entry.number} at line ${entry.span.start.line} but its title line was not found after it`;
  return `the table of contents (lines 1–${outline.toc.end.line}) has no chapter "${wanted.name}"`;
}

function locate(
  lines: readonly string[],
  outline: GuideOutline,
  wanted: WantedChapter,
  headers: string[],
  file: string,
  sink: DiagnosticSink,
): GuideChapter | undefined {
  const listed = outline.chapters.find((c) => wanted.title.test(c.title));
  if (listed) return listed;
  const gap = outlineGap(outline, wanted);
  // The body is searched after the table of contents.
  const inferred = inferChapter(lines, wanted.title, outline.toc?.end.line ?? 0, file);
  if (!inferred) {
    sink.report(
      pdfTextRules["pdf-text/missing-chapter"],
      `no chapter "${wanted.name}" found: ${gap}, and the body has no line "${wanted.name}" standing alone and followed by numbered headings ("N.1 …"); its content is missing`,
      positionAt(file, 1, 1),
    );
    return undefined;
  }
  const { chapter, entries, numberedBy } = inferred;
  headers.push(...runningHeaders(entries));
  sink.report(
    pdfTextRules["pdf-text/inferred-outline"],
    `chapter ${chapter.number} "${chapter.title}" found from the body because ${gap}: title at line ${chapter.span.start.line}, chapter number from "${numberedBy.text}" (line ${numberedBy.start.line}), lines ${chapter.span.start.line}–${chapter.span.end.line}, ${entries.length - 1} section heading(s) give the running headers`,
    chapter.span,
  );
  return chapter;
}

/** Two chapters found by different means may overlap: the earlier one stops where the later one starts. */
function separate(a: GuideChapter | undefined, b: GuideChapter | undefined): void {
  if (!a || !b || a.span.start.line === b.span.start.line) return;
  const [first, second] = a.span.start.line < b.span.start.line ? [a, b] : [b, a];
  if (first.span.end.line >= second.span.start.line) {
    first.span = { ...first.span, end: { line: second.span.start.line - 1 } };
  }
}

export function locateChapters(lines: readonly string[], file: string, sink: DiagnosticSink): ChapterLocation {
  const outline = readGuideOutline(lines, file);
  const headers = runningHeaders(outline.entries);
  const listFound = locate(lines, outline, EVENT_LIST, headers, file, sink);
  const eventsFound = locate(lines, outline, EVENT_CHAPTER, headers, file, sink);
  const list = listFound && { ...listFound };
  const events = eventsFound && { ...eventsFound };
  separate(list, events);
  const location: ChapterLocation = { headers };
  if (list) location.list = list;
  if (events) location.events = events;
  return location;
}
