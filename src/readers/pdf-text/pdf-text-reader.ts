// Reader for the 2016 "EdX Research Guide" converted from PDF to markdown-like text. Only two
// chapters are event reference: 11 "Alphabetical Event List" and 12 "Events in the Tracking
// Logs"; the table of contents places them, or, without one, their title lines and numbered
// headings in the body. Each chapter goes through the same layers: page furniture removal → block
// parsing → extraction (event list, common fields, event drafts) → a check for a cut text.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { EventListEntry, ReadResult, Reader, SourceText } from "../reader.ts";
import { emptyReadResult, mergeReadResults } from "../reader.ts";
import type { Block } from "./block-types.ts";
import { parseBlocks } from "./block-parser.ts";
import { locateChapters } from "./chapter-location.ts";
import { checkEventList } from "./event-list-check.ts";
import { eventListNames, readEventList } from "./event-list.ts";
import { extractEvents } from "./event-extraction.ts";
import type { GuideChapter } from "./guide-outline.ts";
import { removePageFurniture } from "./page-furniture.ts";
import { pdfTextRules } from "./rules.ts";
import { findTruncation } from "./truncation-check.ts";
import { linesOf, lineSpan, mergeLineSpans, positionAt, type SourceSpan } from "../../model/position.ts";

function chapterBlocks(
  lines: readonly string[],
  chapter: GuideChapter,
  headers: readonly string[],
  known: ReadonlySet<string>,
  file: string,
  sink: DiagnosticSink,
): Block[] {
  const range = { from: chapter.span.start.line + 1, to: chapter.span.end.line };
  const furniture = removePageFurniture(lines, range, headers, file, sink);
  return parseBlocks(furniture.lines, { knownNames: known, pageBreaks: furniture.pageBreaks }, sink);
}

/** The chapter's title line. */
function titleLine(chapter: GuideChapter): SourceSpan {
  return lineSpan(chapter.span.file, chapter.span.start.line, chapter.span.start.line);
}

/** Reads one converted guide. */
export function readGuideText(source: SourceText, sink: DiagnosticSink): ReadResult {
  const result = emptyReadResult();
  const file = source.path;
  const lines = source.text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop(); // the final newline ends the last line
  const { list: listChapter, events: eventChapter, headers } = locateChapters(lines, file, sink);
  const spans: SourceSpan[] = [];
  let eventList: EventListEntry[] = [];
  if (listChapter) {
    const blocks = chapterBlocks(lines, listChapter, headers, new Set(), file, sink);
    const list = readEventList(blocks, file);
    eventList = list.entries;
    spans.push(...list.used, titleLine(listChapter));
    const truncation = findTruncation(blocks, listChapter, lines, file, sink);
    if (truncation) result.truncation = truncation;
  }
  if (eventChapter) {
    const blocks = chapterBlocks(lines, eventChapter, headers, eventListNames(eventList), file, sink);
    const extraction = extractEvents(blocks, eventListNames(eventList), file, sink);
    result.events = extraction.events;
    result.commonFields = extraction.commonFields;
    spans.push(...extraction.used, titleLine(eventChapter));
    result.skipped = extraction.skipped.map((s) => ({ ...s, position: linesOf(s.position) }));
    // An events chapter without any event (a cut text) has nothing to compare with the list.
    if (listChapter && result.events.length > 0) checkEventList(eventList, result.events, sink);
    const truncation = findTruncation(blocks, eventChapter, lines, file, sink);
    if (truncation) result.truncation = truncation;
  }
  result.eventList = eventList;
  result.used = mergeLineSpans(spans);
  reportRangeRead([listChapter, eventChapter], lines.length, file, sink);
  return result;
}

function reportRangeRead(
  chapters: (GuideChapter | undefined)[],
  lineCount: number,
  file: string,
  sink: DiagnosticSink,
): void {
  const found = chapters
    .filter((c): c is GuideChapter => c !== undefined)
    .sort((a, b) => a.span.start.line - b.span.start.line);
  const first = found[0];
  const last = found[found.length - 1];
  if (!first || !last) return;
  const names = found
    .map((c) => `${c.number} "${c.title}" (lines ${c.span.start.line}–${c.span.end.line})`)
    .join(" and ");
  const rest = [
    [1, first.span.start.line - 1],
    [last.span.end.line + 1, lineCount],
  ]
    .filter(([a = 0, b = 0]) => a <= b)
    .map(([a, b]) => `${a}–${b}`);
  const restText =
    rest.length === 0 ? "the text holds nothing else" : `lines ${rest.join(" and ")} are not event content`;
  sink.report(
    pdfTextRules["pdf-text/range-read"],
    `event reference read from chapters ${names}; ${restText}`,
    positionAt(file, first.span.start.line, 1, { line: last.span.end.line }),
  );
}

export const pdfTextReader: Reader = {
  format: "pdf-text",
  read(input, sink) {
    return mergeReadResults(input.files.map((source) => readGuideText(source, sink)));
  },
};
