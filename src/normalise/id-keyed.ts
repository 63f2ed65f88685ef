// Some documented objects are maps keyed by ids (answer ids, usage keys): `correct_map` "for each
// problem ID value listed by answers", `submission` "a separate submission object … for each one".
// The docs describe the members of one entry, so those members belong one `*` level down.
import type { Field } from "../model/field-schema.ts";

const FOR_EACH = /\bfor each\b/i;

/** Whether the documentation describes a field as a map from ids to entries with its member fields. */
export function isIdKeyedField(field: Pick<Field, "type" | "fields" | "description">): boolean {
  return field.type === "object" && field.fields.length > 0 && FOR_EACH.test(field.description.text);
}

/**
 * Whether an observed object reads as an id-keyed map of the documented members: none of its keys
 * is a documented member, and every value is an object.
 */
export function looksIdKeyed(value: Record<string, unknown>, documented: readonly Pick<Field, "name">[]): boolean {
  const keys = Object.keys(value);
  if (keys.length === 0 || documented.length === 0) return false;
  const names = new Set(documented.map((f) => f.name));
  return keys.every(
    (k) => !names.has(k) && typeof value[k] === "object" && value[k] !== null && !Array.isArray(value[k]),
  );
}
