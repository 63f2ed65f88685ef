// Compares two versions of one field: type, description, allowed values and nullability. Texts
// are compared as plain text with white space collapsed, so a reflowed paragraph is no change.
import type { Field } from "../model/field-schema.ts";

export type FieldAspect = "type" | "description" | "values" | "nullable";

export interface AspectChange {
  aspect: FieldAspect;
  from?: string;
  to?: string;
}

export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

function typeLabel(f: Field): string {
  const alternatives = f.typeAlternatives && f.typeAlternatives.length > 1 ? f.typeAlternatives.join(" | ") : f.type;
  return alternatives;
}

function valuesLabel(values: readonly string[] | undefined): string {
  return values === undefined ? "(not listed)" : [...values].sort().join(", ");
}

function nullableLabel(n: boolean | undefined): string {
  return n === undefined ? "(not stated)" : n ? "nullable" : "not nullable";
}

/** What differs between an older and a newer version of a field, in a fixed order. */
export function fieldChanges(before: Field, after: Field): AspectChange[] {
  const out: AspectChange[] = [];
  if (typeLabel(before) !== typeLabel(after)) {
    out.push({
      aspect: "type",
      from: before.typeAsWritten ?? typeLabel(before),
      to: after.typeAsWritten ?? typeLabel(after),
    });
  }
  if (!sameText(before.description.text, after.description.text)) out.push({ aspect: "description" });
  if (valuesLabel(before.values) !== valuesLabel(after.values)) {
    out.push({ aspect: "values", from: valuesLabel(before.values), to: valuesLabel(after.values) });
  }
  if (before.nullable !== after.nullable && before.nullable !== undefined && after.nullable !== undefined) {
    out.push({ aspect: "nullable", from: nullableLabel(before.nullable), to: nullableLabel(after.nullable) });
  }
  return out;
}
