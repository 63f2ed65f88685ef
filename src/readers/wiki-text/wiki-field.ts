// Builds catalog fields from the cells of one wiki row. The wiki has no prose per field, only a
// details cell, a values/format cell and an example cell; the description keeps all three visible
// ("id of the problem being shown. Example: …") since the catalog has no per-field example slot.
import { textToRichText } from "../../extract/rich-text.ts";
import { normaliseType } from "../../extract/field-type.ts";
import type { Field } from "../../model/field-schema.ts";
import { readValuesFormat } from "./cell-text.ts";
import { linesOf, type SourceSpan } from "../../model/position.ts";

export interface FieldRow {
  name: string;
  type: string;
  valuesFormat: string;
  details: string;
  example: string;
  /** The row's lines. */
  position: SourceSpan;
}

/** One field as the rows of the wiki write it; several rows when a repeated event is merged. */
export interface FieldDraft {
  name: string;
  type: string;
  values: string[];
  /** One paragraph per row that documents the field. */
  paragraphs: string[];
  nullable?: boolean;
  /** From the first row that writes the field to the last. */
  position: SourceSpan;
  fields: FieldDraft[];
  /** Text appended to the description, such as the key of a map ("Key: $problem_id"). */
  note?: string;
}

const sentence = (s: string): string => (s === "" || /[.!?]$/.test(s) ? s : `${s}.`);

export function rowParagraph(row: Pick<FieldRow, "details" | "example">, format: string | undefined): string {
  const parts = [
    row.details,
    format === undefined ? "" : `Values/format: ${format}`,
    row.example === "" ? "" : `Example: ${row.example}`,
  ]
    .filter((p) => p !== "")
    .map(sentence);
  return parts.join(" ");
}

export function rowToFieldDraft(row: FieldRow): FieldDraft {
  const { values, format } = readValuesFormat(row.valuesFormat);
  const paragraph = rowParagraph(row, format);
  return {
    name: row.name,
    type: row.type,
    values: values ?? [],
    paragraphs: paragraph === "" ? [] : [paragraph],
    position: row.position,
    fields: [],
  };
}

/** Adds the cells of a later row (a repeated event, a continued values cell) to a field. */
export function mergeFieldDraft(into: FieldDraft, row: FieldRow): void {
  const { values, format } = readValuesFormat(row.valuesFormat);
  for (const v of values ?? []) if (!into.values.includes(v)) into.values.push(v);
  const paragraph = rowParagraph(row, format);
  if (paragraph !== "" && !into.paragraphs.includes(paragraph)) into.paragraphs.push(paragraph);
  if (into.type === "") into.type = row.type;
  into.position = throughLine(into.position, row.position.end.line);
}

/** A span of whole lines extended to `line` when it ends before it (a new span: spans are shared). */
export function throughLine(span: SourceSpan, line: number): SourceSpan {
  return line > span.end.line ? { ...span, end: { line } } : span;
}

export function draftToField(d: FieldDraft): Field {
  const text = [...d.paragraphs, ...(d.note === undefined ? [] : [d.note])].join("\n\n");
  const field: Field = {
    name: d.name,
    type: "unknown",
    description: textToRichText(text, "plain"),
    fields: d.fields.map((f) => draftToField(f)),
    history: [],
    provenance: linesOf(d.position),
  };
  if (d.type !== "") {
    const t = normaliseType(d.type);
    field.type = t.type;
    if (t.alternatives) field.typeAlternatives = t.alternatives;
    field.typeAsWritten = d.type;
  }
  if (d.values.length > 0) field.values = [...d.values];
  if (d.nullable !== undefined) field.nullable = d.nullable;
  return field;
}
