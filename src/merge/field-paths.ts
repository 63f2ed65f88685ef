// Flattens an event's context and event member fields (nested to any depth) into paths such as
// `event.correct_map.correctness`, so that two releases' fields can be compared path by path. A
// field whose name the text clips is compared under its real name (its `full-name` alias).
import type { Field } from "../model/field-schema.ts";
import { realFieldName } from "../model/field-names.ts";

export type FieldGroup = "context" | "event";

export interface FieldAt {
  path: string;
  group: FieldGroup;
  /** Path of the parent: `event` for a top-level member, `event.correct_map` for a nested one. */
  parent: string;
  field: Field;
}

function walk(fields: readonly Field[], group: FieldGroup, parent: string, into: Map<string, FieldAt>): void {
  for (const field of fields) {
    const path = `${parent}.${realFieldName(field)}`;
    if (!into.has(path)) into.set(path, { path, group, parent, field });
    walk(field.fields, group, path, into);
  }
}

/** Paths of every field of one or more snapshots of a release; the first version of a path wins. */
export function fieldPaths(
  snapshots: readonly { contextFields: readonly Field[]; eventFields: readonly Field[] }[],
): Map<string, FieldAt> {
  const out = new Map<string, FieldAt>();
  for (const s of snapshots) {
    walk(s.contextFields, "context", "context", out);
    walk(s.eventFields, "event", "event", out);
  }
  return out;
}

/** Paths of a list of top-level fields (the common fields), by bare name. */
export function commonFieldPaths(fields: readonly Field[]): Map<string, FieldAt> {
  const out = new Map<string, FieldAt>();
  for (const field of fields) {
    if (!out.has(field.name)) out.set(field.name, { path: field.name, group: "event", parent: "", field });
    walk(field.fields, "event", field.name, out);
  }
  return out;
}
