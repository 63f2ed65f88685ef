// The contract between the pipeline and the readers: one reader per source format. A reader takes
// text (no file system), reports problems to a sink, and returns event drafts plus what it used.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { SourcePosition, SourceSpan } from "../model/position.ts";
import type { Snapshot } from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";
import type { SourceFormat } from "../model/release-schema.ts";

export interface SourceText {
  /** Path relative to the content folder, as diagnostics and provenance name it. */
  path: string;
  text: string;
}

export interface ReaderInput {
  /** The release's source files of this format, in manifest order (a folder expands to its files, sorted). */
  files: readonly SourceText[];
  /** Every file of the release's folders by path, so that `.. include::` resolves without I/O. */
  library: ReadonlyMap<string, string>;
}

/**
 * What the text says an event shares with another event of the release instead of repeating a
 * table ("These fields serve the same purpose for ``b`` as for ``a``", "The event fields for this
 * event are the same as …"). Readers record it as written; one normalise pass
 * (`normalise/shared-fields.ts`) resolves it for every reader once the release is read.
 */
export interface SharedFieldsStatement {
  /** The events the sentence names, as written, in order; a `{placeholder}` segment stands for the event's own word there. */
  sources: string[];
  /** Which member fields are shared. */
  kind: "event" | "context";
  /**
   * "all": every field of the (first) source. Otherwise the fields a list under or over the
   * sentence names (name and place); the reader has put those fields, with whatever the event's own text says of
   * them, among the event's own fields at the list's place, and the pass completes them.
   */
  fields: "all" | { name: string; provenance: SourceSpan }[];
  /** The sentence, white space collapsed. */
  sentence: string;
  /** The sentence's lines; its start is where it begins. */
  position: SourcePosition;
}

/** A snapshot before it is assigned to a release and merged with other releases. */
export type EventDraft = Omit<Snapshot, "release"> & {
  /** Statements of shared fields, for the normalise pass; never part of the catalog. */
  sharedFields?: SharedFieldsStatement[];
};

/**
 * Fields of an event whose name the source lost (the 2013 wiki's server rows without their
 * event_type cell). A reader cannot name it from one release; the merge infers the name from the
 * events of neighbouring releases whose fields match (src/merge/lost-names.ts), or reports it.
 */
export type UnnamedDraft = Omit<EventDraft, "names">;

export interface EventListEntry {
  name: string;
  category: string;
  provenance: SourceSpan;
}

/**
 * A name the text writes with a placeholder for the events it stands for: a sharing sentence's
 * "``edx.special_exam.{special exam type}.created``", a heading's "``*_instructor`` Event Types".
 * The merge links it to the catalog events whose names match it (src/merge/pattern-links.ts).
 */
export interface PatternMention {
  name: string;
  /** The sentence or title that writes it, white space collapsed. */
  text: string;
  /** Events the text itself lists under the pattern (a heading's bullet list), as written. */
  names: string[];
  provenance: SourceSpan;
}

/** A block of a source the reader leaves out, and why (the rule of its diagnostic). */
export interface SkippedText {
  position: SourceSpan;
  rule: string;
  reason: string;
}

/** Where a source stops before its end, and the last text before that point. */
export interface Truncation {
  position: SourcePosition;
  lastText: string;
}

export interface ReadResult {
  events: EventDraft[];
  commonFields: Field[];
  /**
   * Lines whose text ended up in the catalog (headings, prose, tables, code): whole lines, or
   * narrowed by an end column where a file is one long line.
   */
  used: SourceSpan[];
  /** Blocks the reader could not place; each also has a diagnostic. */
  skipped: SkippedText[];
  /** Where a source stops before its end, when it looks cut off. */
  truncation?: Truncation;
  /** An alphabetical event list (2016 chapter 11, upstream event_list.rst), when the source has one. */
  eventList: EventListEntry[];
  /** Events whose name the source lost; each also has a diagnostic. */
  unnamedEvents?: UnnamedDraft[];
  /** Pattern names the text writes outside an event's own name. */
  patternNames?: PatternMention[];
}

export interface Reader {
  format: SourceFormat;
  read(input: ReaderInput, sink: DiagnosticSink): ReadResult;
}

export function emptyReadResult(): ReadResult {
  return { events: [], commonFields: [], used: [], skipped: [], eventList: [] };
}

/** The results of several files (or readers) as one; the first truncation found is kept. */
export function mergeReadResults(results: readonly ReadResult[]): ReadResult {
  // concat, not push(...items): a large source gives more used spans than a call's arguments may hold.
  const unnamed = results.flatMap((r) => r.unnamedEvents ?? []);
  const merged: ReadResult = {
    events: ([] as ReadResult["events"]).concat(...results.map((r) => r.events)),
    commonFields: ([] as ReadResult["commonFields"]).concat(...results.map((r) => r.commonFields)),
    used: ([] as ReadResult["used"]).concat(...results.map((r) => r.used)),
    skipped: ([] as ReadResult["skipped"]).concat(...results.map((r) => r.skipped)),
    eventList: ([] as ReadResult["eventList"]).concat(...results.map((r) => r.eventList)),
  };
  if (unnamed.length > 0) merged.unnamedEvents = unnamed;
  const patternNames = results.flatMap((r) => r.patternNames ?? []);
  if (patternNames.length > 0) merged.patternNames = patternNames;
  const truncation = results.find((r) => r.truncation)?.truncation;
  if (truncation) merged.truncation = truncation;
  return merged;
}
