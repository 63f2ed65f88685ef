// Member fields that an event shares with another event of the same release, as the text says so
// instead of repeating a table: "The following member fields serve the same purpose for ``b`` as
// they do for ``a``" over a list of field names, or "The ``event`` fields for this event are the
// same as the ``event`` fields for the ``a`` event". The sentence is recognised while a section
// is read; the fields are copied from event `a` once every event of the release is read, each
// with a note saying where it came from.
import { isEventName } from "../../extract/event-names.ts";
import { textToRichText } from "../../extract/rich-text.ts";
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { EventDraft } from "../reader.ts";
import type { NodePosition } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { titleNames } from "./section-kinds.ts";

export type SharedSource = { name: string } | { label: string };

export interface SharedFieldsRef {
  /** The events the sentence names after its "same …" phrase, in order: names as written (may hold `{special exam type}`) or :ref: labels. */
  sources: SharedSource[];
  target: "event" | "context";
  /** The fields named by the list under the sentence, or every field of the source. */
  fields: { name: string; text: string; position: NodePosition }[] | "all";
  sentence: string;
  position: NodePosition;
}

/** "same ``event`` member fields", "serve the same purpose", "are the same as the", "same set of additional context fields". */
const TRIGGER =
  /\bsame\s+(?:set\s+of\s+additional\s+)?(?:``(?:event|context)``\s+(?:and\s+``(?:event|context)``\s+)?)?(?:event\s+|context\s+)?(?:member\s+)?fields\b|\bserves?\s+the\s+same\s+purpose\b|\bare\s+the\s+same\s+as\s+the\b/;
const MENTION = /``([^`]+)``|`([^`<]+?)`_|:ref:`(?:[^`<]*<([^`>]+)>|([^`]+))`/g;

function mentions(text: string): SharedSource[] {
  const out: SharedSource[] = [];
  for (const m of text.matchAll(MENTION)) {
    const name = (m[1] ?? m[2])?.trim();
    if (name !== undefined) {
      if (isEventName(name) || /^[\w.]*\{[^}]+\}[\w.]*$/.test(name.replace(/\s+/g, "_"))) out.push({ name });
      continue;
    }
    const label = (m[3] ?? m[4] ?? "").trim();
    if (label !== "" && label !== "common") out.push({ label });
  }
  return out;
}

/** The sharing a sentence states, one ref per field kind it names; empty when it states none. */
export function readSharedSentence(text: string, target: "event" | "context", position: NodePosition): SharedFieldsRef[] {
  const flat = text.replace(/\s+/g, " ");
  const trigger = TRIGGER.exec(flat);
  if (!trigger) return [];
  const sources = mentions(flat.slice(trigger.index));
  if (sources.length === 0) return [];
  const phrase = trigger[0];
  const kinds: ("event" | "context")[] = /``context``\s+and\s+``event``|``event``\s+and\s+``context``/.test(phrase)
    ? ["context", "event"]
    : /context/.test(phrase)
      ? ["context"]
      : /``event``/.test(phrase)
        ? ["event"]
        : [target];
  return kinds.map((kind) => ({ sources, target: kind, fields: "all", sentence: flat, position }));
}

const ITEM = /^``([^`\s]+)``(?:\s*:\s*([\s\S]*))?$/;

/** The field names of a list under a same-purpose sentence, or undefined when an item is not one. */
export function sharedFieldItems(items: readonly { text: string; position: NodePosition }[]): SharedFieldsRef["fields"] | undefined {
  const out: { name: string; text: string; position: NodePosition }[] = [];
  for (const item of items) {
    const m = ITEM.exec(item.text.trim());
    if (!m?.[1]) return undefined;
    out.push({ name: m[1], text: (m[2] ?? "").trim(), position: item.position });
  }
  return out;
}

export interface PendingShared {
  draft: EventDraft;
  refs: SharedFieldsRef[];
}

function sinkAt(sink: DiagnosticSink, file: string): DiagnosticSink {
  return file === sink.file ? sink : sink.forFile(file);
}

function namesOf(source: SharedSource, draft: EventDraft, labels: ReadonlyMap<string, string>): string[] {
  if ("label" in source) {
    const title = labels.get(source.label.toLowerCase());
    return title === undefined ? [] : titleNames(title).names;
  }
  const written = source.name;
  if (!written.includes("{")) return [written];
  // "edx.special_exam.{special exam type}.attempt.created": the draft's own word at that place.
  const own = draft.names[0]?.split(".") ?? [];
  const parts = written.split(".");
  return [parts.map((p, i) => (/^\{[^}]*\}$/.test(p) ? (own[i] ?? p) : p)).join(".")];
}

/** The drafts the sentence points at, in the order it names them; never the draft itself. */
function sourceDrafts(ref: SharedFieldsRef, draft: EventDraft, events: readonly EventDraft[], labels: ReadonlyMap<string, string>): EventDraft[] {
  const out: EventDraft[] = [];
  for (const source of ref.sources) {
    const names = namesOf(source, draft, labels).filter((n) => !draft.names.includes(n));
    const found = events.find((e) => e !== draft && e.names.some((n) => names.includes(n)));
    if (found && !out.includes(found)) out.push(found);
  }
  return out;
}

function note(ref: SharedFieldsRef, source: string, field: string): HistoryEntry {
  const p = ref.position;
  return {
    kind: "note",
    text: `Documented as serving the same purpose as the field of ${source}: ${ref.sentence}`,
    fields: [field],
    events: [source],
    provenance: { file: p.file, line: p.line, endLine: p.endLine },
  };
}

function copyField(field: Field, ref: SharedFieldsRef, source: string, ownText: string): Field {
  const copy: Field = structuredClone(field);
  if (ownText !== "") copy.description = textToRichText(ownText, "rst");
  copy.history = [...copy.history, note(ref, source, field.name)];
  return copy;
}

/**
 * Copies the shared fields into each pending draft, from the draft of the same release the
 * sentence names. Sources are resolved first when they share fields themselves.
 */
export function resolveSharedFields(pending: readonly PendingShared[], events: readonly EventDraft[], labels: ReadonlyMap<string, string>, sink: DiagnosticSink): void {
  const byDraft = new Map(pending.map((p) => [p.draft, p]));
  const done = new Set<EventDraft>();
  const resolve = (item: PendingShared): void => {
    if (done.has(item.draft)) return;
    done.add(item.draft);
    for (const ref of item.refs) {
      const sources = sourceDrafts(ref, item.draft, events, labels);
      const at = ref.position;
      const who = item.draft.names.join(", ");
      if (sources.length === 0) {
        sinkAt(sink, at.file).report(rstRules["rst/shared-fields-unresolved"], `${who}: shares fields with an event no section of the release documents ("${ref.sentence.slice(0, 80)}")`, at);
        continue;
      }
      for (const source of sources) {
        const sourcePending = byDraft.get(source);
        if (sourcePending) resolve(sourcePending);
      }
      const fieldsOf = (d: EventDraft): Field[] => (ref.target === "context" ? d.contextFields : d.eventFields);
      const into = fieldsOf(item.draft);
      const present = new Set(into.map((f) => f.name));
      const first = sources[0] as EventDraft;
      const wanted = ref.fields === "all" ? fieldsOf(first).map((f) => ({ name: f.name, text: "" })) : ref.fields;
      const copied: Field[] = [];
      for (const { name, text } of wanted) {
        if (present.has(name)) continue;
        const source = sources.find((d) => fieldsOf(d).some((f) => f.name === name));
        const field = source && fieldsOf(source).find((f) => f.name === name);
        if (!source || !field) {
          sinkAt(sink, at.file).report(rstRules["rst/shared-fields-unresolved"], `${who}: field "${name}" is said to be shared with ${sources.map((d) => d.names[0]).join(", ")}, which do not document it`, at);
          continue;
        }
        present.add(name);
        copied.push(copyField(field, ref, source.names[0] ?? "", text));
      }
      into.unshift(...copied);
    }
  };
  for (const item of pending) resolve(item);
}
