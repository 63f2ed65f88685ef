// What JSON value a documented field type admits. One answer shared by the check of the docs' own
// examples, the exported JSON Schemas and the BigQuery schema, so that an example the check passes
// is one the schema accepts. An integer is a number; a number sent as a string is not a number.
import type { Field, FieldType } from "../model/field-schema.ts";

/** The JSON type of a value, with integers told apart from other numbers. */
export type JsonValueType = "string" | "integer" | "number" | "boolean" | "object" | "array" | "null";

export function jsonValueType(value: unknown): JsonValueType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return Number.isInteger(value) ? "integer" : "number";
    case "boolean":
      return "boolean";
    default:
      return "object";
  }
}

/** Every type a field is documented with (its type and the alternatives written beside it). */
export function documentedTypes(field: Pick<Field, "type" | "typeAlternatives">): FieldType[] {
  const types = new Set<FieldType>([field.type, ...(field.typeAlternatives ?? [])]);
  return [...types];
}

/** Whether one documented type admits a JSON value type. `unknown` admits anything. */
function typeAdmits(type: FieldType, value: JsonValueType): boolean {
  switch (type) {
    case "unknown":
      return true;
    case "number":
      return value === "number" || value === "integer";
    case "datetime":
      return value === "string";
    default:
      return type === value;
  }
}

/**
 * Whether a field's documentation admits a value: one of its types does, or the value is null and
 * the field is stated nullable. Null is not admitted where nullability is not stated.
 */
export function fieldAdmits(field: Pick<Field, "type" | "typeAlternatives" | "nullable">, value: unknown): boolean {
  const actual = jsonValueType(value);
  if (actual === "null" && field.nullable === true) return true;
  return documentedTypes(field).some((t) => typeAdmits(t, actual));
}

/** The documented types, as a message writes them ("number or string"). */
export function describeTypes(field: Pick<Field, "type" | "typeAlternatives" | "nullable">): string {
  const types: string[] = documentedTypes(field);
  if (field.nullable === true) types.push("null");
  return types.join(" or ");
}
