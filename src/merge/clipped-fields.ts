// Field names a text conversion cut short. The PDF of the 2016 guide writes
// `exam_default_time_limit`, `attempt_allowed_time` and `attempt_event_elapsed` where the RST
// releases around it write `exam_default_time_limit_mins`, `attempt_allowed_time_limit_mins` and
// `attempt_event_elapsed_time_secs` for the same fields of the same events, with the same words.
// The name stays as written; the field gains a `full-name` alias with the evidence, so that the
// comparison of releases, the current view and a check of real logs use the real name.
import type { Evidence } from "../model/common-schema.ts";
import type { Snapshot } from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";
import { sameText } from "./field-compare.ts";

interface Neighbour {
  release: string;
  fields: readonly Field[];
}

/** `short` is `long` cut at an underscore: `attempt_allowed_time` of `attempt_allowed_time_limit_mins`. */
export function isClippedName(short: string, long: string): boolean {
  return long.length > short.length && long.startsWith(`${short}_`);
}

function fullNameOf(field: Field, siblings: readonly Field[], release: string, near: readonly Neighbour[]): Field {
  if (field.aliases?.some((a) => a.relation === "full-name")) return field;
  const own = new Set(siblings.map((f) => f.name));
  const found: { neighbour: Neighbour; full: Field }[] = [];
  for (const neighbour of near) {
    const theirs = new Set(neighbour.fields.map((f) => f.name));
    if (theirs.has(field.name)) return field;
    for (const full of neighbour.fields) {
      if (
        isClippedName(field.name, full.name) &&
        !own.has(full.name) &&
        sameText(full.description.text, field.description.text)
      ) {
        found.push({ neighbour, full });
      }
    }
  }
  const names = new Set(found.map((f) => f.full.name));
  const first = found[0];
  if (names.size !== 1 || !first) return field;
  const where = [...new Set(found.map((f) => f.neighbour.release))].join(" and ");
  const evidence: Evidence = {
    kind: "inferred",
    release: first.neighbour.release,
    text:
      `Rule: a field name that is another name cut at an underscore, where the neighbouring release documents that name ` +
      `for the same field of the same event with the same description, is that name clipped by the conversion of the text; ` +
      `release ${release} writes "${field.name}", ${where} writes "${first.full.name}".`,
    provenance: first.full.provenance,
  };
  return {
    ...field,
    aliases: [...(field.aliases ?? []), { name: first.full.name, relation: "full-name", evidence: [evidence] }],
  };
}

function relateList(fields: readonly Field[], release: string, near: readonly Neighbour[]): Field[] {
  return fields.map((field) => {
    const related = fullNameOf(field, fields, release, near);
    if (field.fields.length === 0) return related;
    const children = near.map((n) => ({
      release: n.release,
      fields: n.fields.find((f) => f.name === field.name)?.fields ?? [],
    }));
    return { ...related, fields: relateList(field.fields, release, children) };
  });
}

/** Formats whose text went through a conversion that can cut a table cell short. */
export const CLIPPING_FORMATS: ReadonlySet<string> = new Set(["pdf-text"]);

/**
 * The snapshots of one event (any order); in the releases of `clipped` (text from a conversion
 * such as a PDF), each field whose name is clipped is related to its full name.
 */
export function relateClippedFields(
  snapshots: readonly Snapshot[],
  releaseOrder: readonly string[],
  clipped: ReadonlySet<string>,
): Snapshot[] {
  if (!snapshots.some((s) => clipped.has(s.release))) return [...snapshots];
  const rank = (id: string): number => releaseOrder.indexOf(id);
  const releases = [...new Set(snapshots.map((s) => s.release))].sort((a, b) => rank(a) - rank(b));
  const ofRelease = (id: string | undefined): Snapshot[] => snapshots.filter((s) => s.release === id);
  return snapshots.map((s) => {
    if (!clipped.has(s.release)) return s;
    const i = releases.indexOf(s.release);
    const near = [releases[i - 1], releases[i + 1]].filter((id): id is string => id !== undefined).map(ofRelease);
    const neighbours = (pick: (x: Snapshot) => readonly Field[]): Neighbour[] =>
      near.map((list) => ({ release: list[0]?.release ?? "", fields: list.flatMap(pick) }));
    return {
      ...s,
      contextFields: relateList(
        s.contextFields,
        s.release,
        neighbours((x) => x.contextFields),
      ),
      eventFields: relateList(
        s.eventFields,
        s.release,
        neighbours((x) => x.eventFields),
      ),
    };
  });
}
