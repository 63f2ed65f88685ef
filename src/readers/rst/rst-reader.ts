// The RST reader: parses each entry file of a release into a document tree (files that another
// file of the set includes are read through that include, not again on their own), then
// extracts events, common fields and the alphabetical event list, and reports what it used.
// `readRst` is pure and keeps every position faithful to the text it was given, so that readers
// which first rebuild RST (lost line breaks) can call it and map positions back.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Field } from "../../model/field-schema.ts";
import type { EventListEntry, PatternMention, ReadResult, Reader, ReaderInput, SourceText } from "../reader.ts";
import { attachExampleSections } from "./attach-examples.ts";
import { readCommonFields } from "./common-fields.ts";
import { collectLabels, readEventList } from "./event-list.ts";
import { addListedEvents, type ExtractContext, type ListedEvents, newScope, walkSections } from "./extract-events.ts";
import { includedPaths } from "./include-path.ts";
import { parseRstDocument } from "./parse-document.ts";
import type { RstDocument } from "./rst-tree.ts";
import { findTruncation } from "./truncation.ts";
import { mergeLineSpans, type SourceSpan } from "../../model/position.ts";

/** Files of the set that no other file of the set includes (all of them if that leaves none). */
export function entryFiles(files: readonly SourceText[], library: ReadonlyMap<string, string>): SourceText[] {
  const included = new Set<string>();
  for (const f of files) for (const p of includedPaths(f.path, f.text, library)) included.add(p);
  const entries = files.filter((f) => !included.has(f.path));
  return entries.length > 0 ? entries : files.slice(0, 1);
}

export function readRst(input: ReaderInput, sink: DiagnosticSink): ReadResult {
  const library = new Map(input.library);
  for (const f of input.files) if (!library.has(f.path)) library.set(f.path, f.text);
  const documents: RstDocument[] = [];
  const result: ReadResult = { events: [], commonFields: [], used: [], skipped: [], eventList: [] };
  for (const file of entryFiles(input.files, library)) {
    const parsed = parseRstDocument(file.path, file.text, library, sink);
    documents.push(parsed.document);
    result.skipped.push(...parsed.skipped);
  }
  const labels = new Map<string, string>();
  for (const doc of documents) collectLabels(doc.children, labels);
  const used: SourceSpan[] = [];
  const commonFields: Field[] = [];
  const eventList: EventListEntry[] = [];
  const listed: ListedEvents[] = [];
  const patternNames: PatternMention[] = [];
  for (const doc of documents) {
    const ctx: ExtractContext = {
      sink,
      skipped: result.skipped,
      events: result.events,
      used,
      labels,
      listed,
      patternNames,
    };
    attachExampleSections(doc.children, ctx);
    walkSections(doc.children, newScope(), ctx);
    commonFields.push(...readCommonFields(doc.children, sink, used));
    eventList.push(...readEventList(doc.children, labels, sink, used));
    const truncation = findTruncation(doc.children, sink);
    if (truncation && !result.truncation) result.truncation = truncation;
  }
  addListedEvents({ sink, skipped: result.skipped, events: result.events, used, labels, listed });
  result.commonFields = commonFields;
  result.eventList = eventList;
  if (patternNames.length > 0) result.patternNames = patternNames;
  result.used = mergeLineSpans(used);
  result.skipped.sort(
    (a, b) => a.position.file.localeCompare(b.position.file) || a.position.start.line - b.position.start.line,
  );
  return result;
}

export const rstReader: Reader = {
  format: "rst",
  read: readRst,
};
