// Member fields that an event shares with another event of the same release, as the text says so
// instead of repeating a table: "The following member fields serve the same purpose for ``b`` as
// they do for ``a``" over a list of field names, or "The ``event`` fields for this event are the
// same as the ``event`` fields for the ``a`` event". The sentence is recognised while a section
// is read and recorded on the draft as written (labels turned into the names of their sections);
// the normalise pass `normalise/shared-fields.ts` copies the fields once the release is read.
import { buildField } from "../../extract/field-builder.ts";
import { isEventName } from "../../extract/event-names.ts";
import type { Field } from "../../model/field-schema.ts";
import type { SharedFieldsStatement } from "../reader.ts";
import { titleNames } from "./section-kinds.ts";
import { linesOf, positionAt, type SourceSpan } from "../../model/position.ts";

export type SharedSource = { name: string } | { label: string };

export interface SharedFieldsRef {
  /** The events the sentence names after its "same …" phrase, in order: names as written (may hold `{special exam type}`) or :ref: labels. */
  sources: SharedSource[];
  target: "event" | "context";
  /** The fields named by the list under the sentence, or every field of the source. */
  fields: { name: string; text: string; position: SourceSpan }[] | "all";
  sentence: string;
  position: SourceSpan;
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
export function readSharedSentence(text: string, target: "event" | "context", position: SourceSpan): SharedFieldsRef[] {
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

/**
 * A sharing sentence that names no event ("The following member fields serve the same purpose for
 * threads as they do for comments:") goes on with the events the section's previous sharing
 * sentence named; undefined when it is no sharing sentence or there is none before it.
 */
export function continuedSharedSentence(
  text: string,
  previous: SharedFieldsRef | undefined,
  position: SourceSpan,
): SharedFieldsRef | undefined {
  const flat = text.replace(/\s+/g, " ");
  if (!previous || !TRIGGER.test(flat) || mentions(flat).length > 0) return undefined;
  return { sources: previous.sources, target: previous.target, fields: "all", sentence: flat, position };
}

const ITEM = /^``([^`\s]+)``(?:\s*:\s*([\s\S]*))?$/;

/** The field names of a list under a same-purpose sentence, or undefined when an item is not one. */
export function sharedFieldItems(
  items: readonly { text: string; position: SourceSpan }[],
): SharedFieldsRef["fields"] | undefined {
  const out: { name: string; text: string; position: SourceSpan }[] = [];
  for (const item of items) {
    const m = ITEM.exec(item.text.trim());
    if (!m?.[1]) return undefined;
    out.push({ name: m[1], text: (m[2] ?? "").trim(), position: item.position });
  }
  return out;
}

/** The fields a list names, as the event's own (type unknown, the item's words as description), at the item's place. */
export function listedFields(fields: Exclude<SharedFieldsRef["fields"], "all">): Field[] {
  return fields.map(({ name, text, position }) =>
    buildField({
      name,
      details: text,
      syntax: "rst",
      provenance: linesOf(position),
    }),
  );
}

/** The names a source stands for: a name as written, or the names of the section a :ref: label points at. */
function namesOf(source: SharedSource, labels: ReadonlyMap<string, string>): string[] {
  if ("name" in source) return [source.name];
  const title = labels.get(source.label.toLowerCase());
  return title === undefined ? [`:ref:${source.label}`] : titleNames(title).names;
}

/** The refs of a section as the statements the normalise pass resolves; labels become the names of their sections. */
export function toStatements(
  refs: readonly SharedFieldsRef[],
  labels: ReadonlyMap<string, string>,
): SharedFieldsStatement[] {
  return refs.map((ref) => ({
    sources: [...new Set(ref.sources.flatMap((s) => namesOf(s, labels)))],
    kind: ref.target,
    fields:
      ref.fields === "all" ? "all" : listedFields(ref.fields).map((f) => ({ name: f.name, provenance: f.provenance })),
    sentence: ref.sentence,
    position: positionAt(ref.position.file, ref.position.start.line, ref.position.start.column, {
      line: ref.position.end.line,
    }),
  }));
}
