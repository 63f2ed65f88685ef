// Member fields that an event of the 2016 guide shares with another event of the same guide, as
// a sharing sentence says (see shared-sentence.ts): either a bare list of names ("- `bookmark_id`")
// whose type, description, values and nested fields are those of the named event, or no list at
// all ("The event fields for this event are the same as …"), when every field of that event is
// meant. The copies are made once every event of the chapter is read, each with a note naming
// where it came from. The guide slips on names ("edx.course.bookmark.added" for the event titled
// "edx.bookmark.added"): a name no event carries is matched to the one event of the same section,
// else of the chapter, whose name differs from it by one dotted segment.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { EventDraft } from "../reader.ts";
import type { MemberFieldsTarget, Span } from "./block-types.ts";
import { pdfTextRules } from "./rules.ts";

export interface SharedFieldsRef {
  /** Event names as the sentence writes them, in order. */
  sources: string[];
  target: MemberFieldsTarget;
  /** The fields a list under (or over) the sentence names, as read from it, or every field of the source. */
  fields: Field[] | "all";
  sentence: string;
  span: Span;
}

export interface PendingShared {
  draft: EventDraft;
  refs: readonly SharedFieldsRef[];
}

interface Source {
  draft: EventDraft;
  /** The name as written, when it is not a name of the draft (a slip). */
  writtenAs?: string;
}

/** "edx.special_exam.{special_exam_type}.attempt.created": the draft's own word at that place. */
function substitute(written: string, draft: EventDraft): string {
  if (!written.includes("{")) return written;
  const own = draft.names[0]?.split(".") ?? [];
  return written
    .split(".")
    .map((part, i) => (/^\{[^}]*\}$/.test(part) ? (own[i] ?? part) : part))
    .join(".");
}

/** Whether `shorter` is `longer` with one segment left out, first and last segments kept. */
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
  const groups = new Set(found.map((e) => `${e.provenance.line}/${e.variant ?? ""}`));
  return groups.size === 1 ? found[0] : undefined;
}

function resolveName(written: string, draft: EventDraft, events: readonly EventDraft[]): Source | undefined {
  const name = substitute(written, draft);
  const exact = events.find((e) => e.names.includes(name));
  if (exact) return { draft: exact };
  if (!name.includes(".")) return undefined;
  const sameSection = events.filter((e) => e.category === draft.category);
  const near = nearest(name, sameSection) ?? nearest(name, events);
  return near ? { draft: near, writtenAs: written } : undefined;
}

function fieldsOf(draft: EventDraft, target: MemberFieldsTarget): Field[] {
  return target === "context" ? draft.contextFields : draft.eventFields;
}

function note(ref: SharedFieldsRef, source: Source, field: string, file: string): HistoryEntry {
  const name = source.draft.names.join("/");
  const slip = source.writtenAs === undefined ? "" : ` (written as ${source.writtenAs})`;
  return {
    kind: "note",
    text: `Documented as the same field as in ${name}${slip}: ${ref.sentence}`,
    fields: [field],
    events: [source.draft.names[0] ?? name],
    provenance: { file, line: ref.span.line, endLine: ref.span.endLine },
  };
}

/** The source's field under the event's own name, place and words; the event's own type when it gives one. */
function sharedField(own: Field | undefined, from: Field, entry: HistoryEntry): Field {
  const copy: Field = structuredClone(from);
  if (own) {
    copy.provenance = own.provenance;
    if (own.description.text !== "") copy.description = own.description;
    if (own.type !== "unknown") {
      copy.type = own.type;
      if (own.typeAsWritten !== undefined) copy.typeAsWritten = own.typeAsWritten;
      if (own.typeAlternatives !== undefined) copy.typeAlternatives = own.typeAlternatives;
      else delete copy.typeAlternatives;
    }
    if (own.fields.length > 0) copy.fields = own.fields;
    copy.history.push(...own.history);
  }
  copy.history.push(entry);
  return copy;
}

/**
 * Copies the shared fields into each pending draft from the drafts its sentences name. A source
 * that shares fields itself is resolved first.
 */
export function resolveSharedFields(pending: readonly PendingShared[], events: readonly EventDraft[], file: string, sink: DiagnosticSink): void {
  const byDraft = new Map(pending.map((p) => [p.draft, p]));
  const done = new Set<EventDraft>();
  const resolve = (item: PendingShared): void => {
    if (done.has(item.draft)) return;
    done.add(item.draft);
    const who = item.draft.names.join("/");
    for (const ref of item.refs) {
      const place = { line: ref.span.line, column: ref.span.column };
      const sources: Source[] = [];
      for (const written of ref.sources) {
        const source = resolveName(written, item.draft, events);
        if (!source || source.draft === item.draft || sources.some((s) => s.draft === source.draft)) continue;
        sources.push(source);
        if (source.writtenAs !== undefined) {
          sink.report(pdfTextRules["pdf-text/shared-fields-name-slip"], `${who}: "${written}" read as ${source.draft.names.join("/")}, the event of the chapter whose name differs from it by one segment`, place);
        }
      }
      if (sources.length === 0) {
        const others = ref.sources.filter((n) => !item.draft.names.includes(n)).join(", ");
        sink.report(pdfTextRules["pdf-text/shared-fields-unresolved"], `${who}: shares fields with ${others}, which no event of the chapter carries ("${ref.sentence.slice(0, 100)}")`, place);
        continue;
      }
      for (const s of sources) {
        const sourcePending = byDraft.get(s.draft);
        if (sourcePending) resolve(sourcePending);
      }
      copyInto(item.draft, ref, sources, file, sink);
    }
  };
  for (const item of pending) resolve(item);
}

function copyInto(draft: EventDraft, ref: SharedFieldsRef, sources: readonly Source[], file: string, sink: DiagnosticSink): void {
  const who = draft.names.join("/");
  // A source that only lists the name (itself unresolved) documents nothing to copy.
  const documents = (f: Field) => f.type !== "unknown" || f.description.text !== "" || f.fields.length > 0;
  const find = (name: string) => {
    for (const source of sources) {
      const field = fieldsOf(source.draft, ref.target).find((f) => f.name === name && documents(f));
      if (field) return { source, field };
    }
    return undefined;
  };
  const into = fieldsOf(draft, ref.target);
  let result: Field[];
  if (ref.fields === "all") {
    const present = new Set(into.map((f) => f.name));
    const first = sources[0] as Source;
    const copies = fieldsOf(first.draft, ref.target)
      .filter((f) => !present.has(f.name))
      .map((f) => sharedField(undefined, f, note(ref, first, f.name, file)));
    result = [...copies, ...into];
  } else {
    const named = new Set(ref.fields);
    result = into.map((own) => {
      if (!named.has(own)) return own;
      const found = find(own.name);
      if (!found) {
        const names = sources.map((s) => s.draft.names.join("/")).join(", ");
        sink.report(pdfTextRules["pdf-text/shared-fields-unresolved"], `${who}: field "${own.name}" is said to be shared with ${names}, ${sources.length === 1 ? "which does" : "which do"} not document it`, { line: own.provenance.line, column: 1 });
        return own;
      }
      return sharedField(own, found.field, note(ref, found.source, own.name, file));
    });
  }
  if (ref.target === "context") draft.contextFields = result;
  else draft.eventFields = result;
}
