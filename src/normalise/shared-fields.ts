// Resolves "the same fields as X" for every reader: readers record the statement on the draft
// (`SharedFieldsStatement`: which events, which kind of fields, the listed names, the place), and
// this pass, once every draft of the release is read, completes the draft's fields from the event
// the statement names. "All": every field of that event not already the draft's own is copied in
// front of them. A list: each listed field (already among the draft's own, at the list's place)
// takes the type, values and nested fields of the first named event that documents it, keeping
// the draft's own words where it has any. Each shared field carries a note naming where it came
// from. What cannot be resolved is kept as the text gives it, with a warning. The text slips on
// names ("edx.course.bookmark.added" for "edx.bookmark.added"): a name no event carries is read as
// the one event of the same category, else of the release, whose name differs by one segment.
// A name written as a pattern ("edx.special_exam.{special exam type}.created") stands for the
// sharer's own family (its own word in place of the placeholder); the pass also returns each such
// pattern with its sentence, for the merge to link it to every event it matches.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry } from "../model/common-schema.ts";
import { linesOf, startOf } from "../model/position.ts";
import type { Field } from "../model/field-schema.ts";
import { isPatternName } from "../model/name-patterns.ts";
import type { EventDraft, PatternMention, SharedFieldsStatement } from "../readers/reader.ts";
import { normaliseRules } from "./rules.ts";

interface Source {
  draft: EventDraft;
  /** The name as written, when it is not a name of the draft (a slip). */
  writtenAs?: string;
}

/** "edx.special_exam.{special exam type}.attempt.created": the draft's own word at that place. */
function substitute(written: string, draft: EventDraft): string {
  if (!written.includes("{")) return written;
  const own = draft.names[0]?.split(".") ?? [];
  return written
    .split(".")
    .map((part, i) => (/^\{[^}]*\}$/.test(part) ? (own[i] ?? part) : part))
    .join(".");
}

/** Whether one name is the other with one inner segment left out, first and last kept. */
function oneSegmentOff(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1 || shorter.length < 2) return false;
  if (shorter[0] !== longer[0] || shorter[shorter.length - 1] !== longer[longer.length - 1]) return false;
  for (let skip = 1; skip < longer.length - 1; skip++) {
    if (longer.every((s, i) => i === skip || s === shorter[i < skip ? i : i - 1])) return true;
  }
  return false;
}

function nearest(name: string, pool: readonly EventDraft[]): EventDraft | undefined {
  const parts = name.split(".");
  const found = pool.filter((e) => e.names.some((n) => oneSegmentOff(n.split("."), parts)));
  const places = new Set(found.map((e) => `${e.provenance.file}:${e.provenance.start.line}/${e.variant ?? ""}`));
  return places.size === 1 ? found[0] : undefined;
}

function resolveName(written: string, draft: EventDraft, events: readonly EventDraft[]): Source | undefined {
  const name = substitute(written, draft);
  const exact = events.find((e) => e.names.includes(name));
  if (exact) return { draft: exact };
  if (!name.includes(".")) return undefined;
  const near =
    nearest(
      name,
      events.filter((e) => e.category === draft.category),
    ) ?? nearest(name, events);
  return near ? { draft: near, writtenAs: written } : undefined;
}

function fieldsOf(draft: EventDraft, kind: SharedFieldsStatement["kind"]): Field[] {
  return kind === "context" ? draft.contextFields : draft.eventFields;
}

function note(statement: SharedFieldsStatement, source: Source, field: string): HistoryEntry {
  const name = source.draft.names.join("/");
  const slip = source.writtenAs === undefined ? "" : ` (written as ${source.writtenAs})`;
  return {
    kind: "note",
    text: `Documented as the same field as in ${name}${slip}.`,
    fields: [field],
    events: [source.draft.names[0] ?? name],
    provenance: linesOf(statement.position),
  };
}

/** The source's field under the draft's own name, place and words; the draft's own type when it gives one. */
function sharedField(own: Field | undefined, from: Field, entry: HistoryEntry): Field {
  const copy: Field = structuredClone(from);
  if (own) {
    copy.name = own.name;
    copy.provenance = own.provenance;
    if (own.description.text !== "") copy.description = own.description;
    if (own.type !== "unknown") {
      copy.type = own.type;
      if (own.typeAsWritten !== undefined) copy.typeAsWritten = own.typeAsWritten;
      else delete copy.typeAsWritten;
      if (own.typeAlternatives !== undefined) copy.typeAlternatives = own.typeAlternatives;
      else delete copy.typeAlternatives;
    }
    if (own.values !== undefined) copy.values = own.values;
    if (own.fields.length > 0) copy.fields = own.fields;
    copy.history = [...copy.history, ...own.history];
  }
  copy.history = [...copy.history, entry];
  return copy;
}

/** A field that only repeats a name (a list item of an unresolved source) documents nothing to copy. */
function documents(field: Field): boolean {
  return field.type !== "unknown" || field.description.text !== "" || field.fields.length > 0;
}

function sourcesOf(
  statement: SharedFieldsStatement,
  draft: EventDraft,
  events: readonly EventDraft[],
  sink: DiagnosticSink,
): Source[] {
  const sources: Source[] = [];
  const who = draft.names.join("/");
  const at = startOf(statement.position);
  for (const written of statement.sources) {
    const source = resolveName(written, draft, events);
    if (!source || source.draft === draft || sources.some((s) => s.draft === source.draft)) continue;
    sources.push(source);
    if (source.writtenAs !== undefined) {
      const message = `${who}: "${written}" read as ${source.draft.names.join("/")}, the event whose name differs from it by one segment`;
      sink.report(normaliseRules["shared-fields/name-slip"], message, at);
    }
  }
  return sources;
}

function apply(
  draft: EventDraft,
  statement: SharedFieldsStatement,
  sources: readonly Source[],
  sink: DiagnosticSink,
): void {
  const who = draft.names.join("/");
  const own = fieldsOf(draft, statement.kind);
  let result: Field[];
  if (statement.fields === "all") {
    const first = sources[0] as Source;
    const present = new Set(own.map((f) => f.name));
    const copies = fieldsOf(first.draft, statement.kind)
      .filter((f) => !present.has(f.name))
      .map((f) => sharedField(undefined, f, note(statement, first, f.name)));
    result = [...copies, ...own];
  } else {
    const key = (name: string, p: Field["provenance"]): string =>
      `${name}@${p.file}:${p.start.line}:${p.end.column !== undefined ? p.start.column : ""}`;
    const listed = new Set(statement.fields.map((f) => key(f.name, f.provenance)));
    const missing: Field[] = [];
    result = own.map((field) => {
      if (!listed.has(key(field.name, field.provenance))) return field;
      for (const source of sources) {
        const from = fieldsOf(source.draft, statement.kind).find((f) => f.name === field.name && documents(f));
        if (from) return sharedField(field, from, note(statement, source, field.name));
      }
      missing.push(field);
      return field;
    });
    const first = missing[0];
    if (first) {
      // One warning per statement: the fields its list names that none of its events documents.
      const names = sources.map((s) => s.draft.names.join("/")).join(", ");
      const fields = missing.map((f) => `"${f.name}"`).join(", ");
      const one = missing.length === 1;
      const message = `${who}: ${one ? "field" : "fields"} ${fields} ${one ? "is" : "are"} said to be shared with ${names}, ${sources.length === 1 ? "which does" : "which do"} not document ${one ? "it" : "them"}; kept as the list gives ${one ? "it" : "them"}`;
      sink.report(normaliseRules["shared-fields/unresolved"], message, startOf(first.provenance));
    }
  }
  if (statement.kind === "context") draft.contextFields = result;
  else draft.eventFields = result;
}

/** The pattern names a statement writes, once per name and place. */
function mentionsOf(statement: SharedFieldsStatement, seen: Map<string, PatternMention>): void {
  const p = statement.position;
  for (const name of statement.sources.filter(isPatternName)) {
    const key = `${name}@${p.file}:${p.start.line}:${p.start.column}`;
    if (!seen.has(key))
      seen.set(key, {
        name,
        text: statement.sentence,
        names: [],
        provenance: linesOf(p),
      });
  }
}

/**
 * Completes the shared fields of every draft that states some, from the drafts of the same
 * release its statements name; a source that shares fields itself is resolved first. The
 * statements are removed from the drafts; the pattern names they write are returned.
 */
export function resolveSharedFields(events: EventDraft[], sink: DiagnosticSink): PatternMention[] {
  const done = new Set<EventDraft>();
  const mentions = new Map<string, PatternMention>();
  const resolve = (draft: EventDraft): void => {
    if (done.has(draft)) return;
    done.add(draft);
    for (const statement of draft.sharedFields ?? []) {
      mentionsOf(statement, mentions);
      const sources = sourcesOf(statement, draft, events, sink);
      if (sources.length === 0) {
        const others = statement.sources.filter((n) => !draft.names.includes(n)).join(", ");
        const message = `${draft.names.join("/")}: shares fields with ${others}, which no event of the release carries ("${statement.sentence.slice(0, 100)}")`;
        sink.report(normaliseRules["shared-fields/unresolved"], message, startOf(statement.position));
        continue;
      }
      for (const source of sources) resolve(source.draft);
      apply(draft, statement, sources, sink);
    }
  };
  for (const draft of events) resolve(draft);
  for (const draft of events) delete draft.sharedFields;
  return [...mentions.values()];
}
