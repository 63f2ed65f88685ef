// Normalises a field type as the documentation writes it ("string/JSON", "float", "dict",
// "Boolean", "array of strings") to the catalog's small type vocabulary.
import type { FieldType } from "../model/field-schema.ts";

export interface NormalisedType {
  type: FieldType;
  alternatives?: FieldType[];
}

const WORDS: ReadonlyArray<readonly [RegExp, FieldType]> = [
  [/^(str|string|text|unicode|url|uri)s?$/, "string"],
  [/^(int|integer|long)s?$/, "integer"],
  [/^(number|float|double|decimal|numeric)s?$/, "number"],
  [/^(bool|boolean)s?$/, "boolean"],
  [/^(object|dict|dictionary|json|map|hash|obj)s?$/, "object"],
  [/^(array|list|arrays|lists)$/, "array"],
  [/^(null|none)$/, "null"],
  [/^(datetime|date-time|date|timestamp|time)$/, "datetime"],
];

function wordToType(word: string): FieldType | undefined {
  const w = word.trim().toLowerCase().replace(/[`*.]/g, "");
  if (w.startsWith("array") || w.startsWith("list")) return "array";
  for (const [pattern, type] of WORDS) if (pattern.test(w)) return type;
  return undefined;
}

export function normaliseType(asWritten: string): NormalisedType {
  const text = asWritten.trim();
  if (text === "") return { type: "unknown" };
  const whole = wordToType(text);
  if (whole) return { type: whole };
  const parts = text.split(/\s*(?:\/|\bor\b|,|\|)\s*/i).filter((p) => p !== "");
  const types: FieldType[] = [];
  for (const part of parts) {
    const t = wordToType(part) ?? wordToType(part.split(/\s+/)[0] ?? "");
    if (t && !types.includes(t)) types.push(t);
  }
  const first = types[0];
  if (!first) return { type: "unknown" };
  if (types.length === 1) return { type: first };
  return { type: first, alternatives: types };
}
