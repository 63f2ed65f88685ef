// A documented field as JSON Schema (draft 2020-12): its description, its types (datetime as a
// string with format date-time; unknown unconstrained), null only where the docs state it,
// allowed values as an enum, and nested members as properties — or, for a map keyed by ids, as
// the schema of every entry. Undocumented members stay allowed: the docs never list everything.
import type { Field, FieldType } from "../model/field-schema.ts";
import { isIdKeyedField } from "../normalise/id-keyed.ts";
import { documentedTypes } from "../normalise/value-types.ts";

export type JsonSchema = { [key: string]: unknown };

/** A sentence added to a field's description (the releases documenting it, in a current view). */
export type FieldNote = (field: Field) => string | undefined;

const JSON_TYPES: Record<Exclude<FieldType, "unknown">, string> = {
  string: "string",
  number: "number",
  integer: "integer",
  boolean: "boolean",
  object: "object",
  array: "array",
  null: "null",
  datetime: "string",
};

function typeKeywords(field: Field): JsonSchema {
  const types = documentedTypes(field);
  if (types.includes("unknown")) return {};
  const names = [...new Set(types.map((t) => JSON_TYPES[t as Exclude<FieldType, "unknown">]))];
  if (field.nullable === true && !names.includes("null")) names.push("null");
  const out: JsonSchema = { type: names.length === 1 ? names[0] : names };
  if (types.length === 1 && types[0] === "datetime") out["format"] = "date-time";
  return out;
}

function valueKeywords(field: Field): JsonSchema {
  const values = field.values;
  if (!values || values.length === 0) return {};
  const types = documentedTypes(field);
  if (types.length === 1 && types[0] === "string")
    return { enum: field.nullable === true ? [...values, null] : [...values] };
  if (types.length === 1 && types[0] === "array" && field.fields.length === 0) return { items: { enum: [...values] } };
  return {};
}

/** An object whose documented members are properties; other members are allowed. */
export function membersSchema(fields: readonly Field[], description?: string, noteOf?: FieldNote): JsonSchema {
  const out: JsonSchema = { type: "object" };
  if (description) out["description"] = description;
  const properties: JsonSchema = {};
  for (const field of fields)
    if (!(field.name in properties)) properties[field.name] = fieldToJsonSchema(field, noteOf?.(field), noteOf);
  out["properties"] = properties;
  return out;
}

function nestedKeywords(field: Field, noteOf: FieldNote | undefined): JsonSchema {
  if (field.fields.length === 0) return {};
  const entry = membersSchema(field.fields, undefined, noteOf);
  const types = documentedTypes(field);
  if (isIdKeyedField(field)) return { additionalProperties: entry };
  if (types.includes("array") && !types.includes("object")) return { items: entry };
  const { type: _type, ...members } = entry;
  return members;
}

/** Where the field was read from, as a `$comment` (`file:line`). */
function provenanceComment(field: Field): JsonSchema {
  const p = field.provenance;
  const column = p.end.column !== undefined ? `:${p.start.column}` : "";
  return p.file ? { $comment: `documented at ${p.file}:${p.start.line}${column}` } : {};
}

export function fieldToJsonSchema(field: Field, note?: string, noteOf?: FieldNote): JsonSchema {
  const description = [field.description.text.trim(), note].filter((t) => t).join(" ");
  return {
    ...(description ? { description } : {}),
    ...typeKeywords(field),
    ...valueKeywords(field),
    ...nestedKeywords(field, noteOf),
    ...provenanceComment(field),
  };
}
