// Member fields that an event shares with another event of the same release, as the text says so
// instead of repeating a table: "The following member fields serve the same purpose for ``b`` as
// they do for ``a``" over a list of field names, or "The ``event`` fields for this event are the
// same as the ``event`` fields for the ``a`` event". The sentence is recognised while a section
// is read; the fields are copied from event `a` once every event of the release is read, each
// with a note saying where it came from.
import { textToRichText } from "../../extract/rich-text.ts";
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { EventDraft } from "../reader.ts";
import type { NodePosition } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { titleNames } from "./section-kinds.ts";

export interface SharedFieldsRef {
  /** The event whose fields are meant: a name as written (may hold `{special exam type}`) or a :ref: label. */
  source: { name: string } | { label: string };
  target: "event" | "context";
  /** The fields named by the list under the sentence, or every field of the source. */
  fields: { name: string; text: string; position: NodePosition }[] | "all";
  sentence: string;
  position: NodePosition;
}

const SOURCE = "(?:the\\s+)?(?:``([^`]+)``|`([^`<]+?)`_|:ref:`(?:[^`<]*<([^`>]+)>|([^`]+))`)";
const SAME_PURPOSE = new RegExp("serve\\s+the\\s+same\\s+purpose\\b[\\s\\S]*?\\bas\\s+(?:they\\s+do\\s+)?for\\s+" + SOURCE);
const SAME_AS = new RegExp(
  "\\b(?:``(event|context)``\\s+)?fields\\s+for\\s+this\\s+event\\s+are\\s+the\\s+same\\s+as\\s+the\\s+(?:``(?:event|context)``\\s+)?fields\\s+(?:for|of)\\s+" + SOURCE,
);

function sourceOf(m: RegExpExecArray, from: number): SharedFieldsRef["source"] {
  const name = m[from] ?? m[from + 1];
  if (name !== undefined) return { name: name.trim() };
  return { label: (m[from + 2] ?? m[from + 3] ?? "").trim() };
}

/** A sentence that says this event shares fields with another; undefined when the text says no such thing. */
export function readSharedSentence(text: string, target: "event" | "context", position: NodePosition): { ref: SharedFieldsRef; needsList: boolean } | undefined {
  const flat = text.replace(/\s+/g, " ");
  const same = SAME_AS.exec(flat);
  if (same) {
    const ref: SharedFieldsRef = { source: sourceOf(same, 2), target: same[1] === "context" ? "context" : target, fields: "all", sentence: flat, position };
    return { ref, needsList: false };
  }
  const purpose = SAME_PURPOSE.exec(flat);
  if (purpose) return { ref: { source: sourceOf(purpose, 1), target, fields: [], sentence: flat, position }, needsList: true };
  return undefined;
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

/** Names the source may have: `{special exam type}` takes the draft's own word at that place. */
function candidateNames(ref: SharedFieldsRef, draft: EventDraft, labels: ReadonlyMap<string, string>): string[] {
  if ("label" in ref.source) {
    const title = labels.get(ref.source.label.toLowerCase());
    return title === undefined ? [] : titleNames(title).names;
  }
  const written = ref.source.name;
  if (!written.includes("{")) return [written];
  const own = draft.names[0]?.split(".") ?? [];
  const parts = written.split(".");
  return [parts.map((p, i) => (/^\{[^}]*\}$/.test(p) ? (own[i] ?? p) : p)).join(".")];
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
      const names = candidateNames(ref, item.draft, labels);
      const source = events.find((e) => e !== item.draft && e.names.some((n) => names.includes(n)));
      const at = ref.position;
      if (!source) {
        const written = "label" in ref.source ? `:ref:\`${ref.source.label}\`` : ref.source.name;
        sinkAt(sink, at.file).report(rstRules["rst/shared-fields-unresolved"], `${item.draft.names.join(", ")}: shares fields with ${written}, which no event of the release carries`, at);
        continue;
      }
      const sourcePending = byDraft.get(source);
      if (sourcePending) resolve(sourcePending);
      const sourceName = source.names[0] ?? "";
      const from = ref.target === "context" ? source.contextFields : source.eventFields;
      const into = ref.target === "context" ? item.draft.contextFields : item.draft.eventFields;
      const present = new Set(into.map((f) => f.name));
      const copied: Field[] = [];
      const wanted = ref.fields === "all" ? from.map((f) => ({ name: f.name, text: "" })) : ref.fields;
      for (const { name, text } of wanted) {
        if (present.has(name)) continue;
        const field = from.find((f) => f.name === name);
        if (!field) {
          sinkAt(sink, at.file).report(rstRules["rst/shared-fields-unresolved"], `${item.draft.names.join(", ")}: field "${name}" is said to serve as in ${sourceName}, which does not document it`, at);
          continue;
        }
        copied.push(copyField(field, ref, sourceName, text));
      }
      into.unshift(...copied);
    }
  };
  for (const item of pending) resolve(item);
}
