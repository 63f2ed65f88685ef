// What a release documents for one event: its field paths (event and context members, nested
// fields flattened to dot paths) and their types, and how an observed JSON type compares with a
// documented one. An id level (`*`) or array items (`[]`) stand for the values of the documented
// field above them, whose nested fields describe those values.
import type { FieldType } from "./catalog-types.ts";
import type { CheckField } from "./check-index.ts";
import type { FieldStatus, ObservedKind } from "./report-schema.ts";

export type FieldDocs = ReadonlyMap<string, CheckField>;

/**
 * The member name a documented field stands for: its leading name, where the docs write more
 * after it (`parts: [criterion, option, feedback]` is the member `parts`).
 */
export function fieldKey(name: string): string {
  return /^[A-Za-z_$@][\w$@-]*(?:\.[A-Za-z_$@][\w$@-]*)*/.exec(name)?.[0] ?? name;
}

/** Flattens fields into `prefix.name.nested` paths; a name written with dots is a path already. */
export function fieldDocs(
  fields: readonly CheckField[],
  prefix: string,
  into = new Map<string, CheckField>(),
): Map<string, CheckField> {
  for (const field of fields) {
    const key = fieldKey(field.name);
    const path = prefix === "" ? key : `${prefix}.${key}`;
    // `discussion.id` written as one name documents the object `discussion` that holds it.
    const parts = key.split(".");
    for (let n = 1; n < parts.length; n++) {
      const parent = [prefix, ...parts.slice(0, n)].filter((p) => p !== "").join(".");
      if (!into.has(parent))
        into.set(parent, {
          ...field,
          name: parts.slice(0, n).join("."),
          type: "object",
          typeAlternatives: undefined,
          fields: [field],
        });
    }
    if (!into.has(path)) into.set(path, field);
    fieldDocs(field.fields, path, into);
  }
  return into;
}

export interface PathVerdict {
  status: FieldStatus;
  field?: CheckField;
  /** The path ends on an id level or array items: any type is accepted there. */
  anyType: boolean;
}

/** Looks a path (segments with `*` and `[]`) up in the documented paths. */
export function lookUpPath(segments: readonly string[], docs: FieldDocs): PathVerdict {
  const named = segments.filter((s) => s !== "*" && s !== "[]");
  const last = segments[segments.length - 1];
  const anyType = last === "*" || last === "[]";
  const field = docs.get(named.join("."));
  if (field) return { status: "documented", field, anyType };
  // A member of a documented object (or map) whose members the release does not list.
  for (let n = named.length - 1; n >= 1; n--) {
    const parent = docs.get(named.slice(0, n).join("."));
    if (!parent) continue;
    const open = parent.fields.length === 0 && acceptsKind(parent, "object");
    return { status: open ? "inside-documented-object" : "undocumented", anyType };
  }
  return { status: "undocumented", anyType };
}

export function documentedTypes(field: CheckField): FieldType[] {
  const types = field.typeAlternatives && field.typeAlternatives.length > 0 ? field.typeAlternatives : [field.type];
  return types.includes(field.type) ? types : [field.type, ...types];
}

export function describeType(field: CheckField): string {
  return documentedTypes(field).join("|") + (field.nullable ? "|null" : "");
}

/** Whether a documented field accepts an observed JSON type (an integer is a number; a datetime a string). */
export function acceptsKind(field: CheckField, kind: ObservedKind): boolean {
  const types = documentedTypes(field);
  if (types.includes("unknown")) return true;
  if (kind === "null") return field.nullable !== false;
  for (const type of types) {
    switch (type) {
      case "string":
      case "datetime":
        if (kind === "string" || kind === "numeric-string") return true;
        break;
      case "number":
      case "integer":
        if (kind === "number") return true;
        break;
      default:
        if (type === kind) return true;
    }
  }
  return false;
}

/** A number sent as a string, where the docs say number: its own finding rather than a type mismatch. */
export function isNumberAsString(field: CheckField, kind: ObservedKind): boolean {
  if (kind !== "numeric-string") return false;
  const types = documentedTypes(field);
  return types.includes("number") || types.includes("integer");
}
