// Builds one catalog field from a table row or definition as the readers find it: type
// normalised, description as rich text, allowed values, nullability, inline history and
// member fields listed inside the details.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { positionInText, type SourcePosition, type SourceSpan } from "../model/position.ts";
import type { Field } from "../model/field-schema.ts";
import { normaliseType } from "./field-type.ts";
import { allowedValues, nullability } from "./field-values.ts";
import { parseHistory } from "./history-text.ts";
import { splitNestedItems } from "./nested-fields.ts";
import { type MarkupSyntax, textToRichText } from "./rich-text.ts";
import { extractRules } from "./rules.ts";

export interface FieldInput {
  name: string;
  typeAsWritten?: string;
  details: string;
  syntax: MarkupSyntax;
  provenance: SourceSpan;
  /** Member fields the reader found elsewhere (a nested table); they win over ones in the details. */
  fields?: Field[];
  sink?: DiagnosticSink;
  /** Where the details text begins, for diagnostics. */
  place?: SourcePosition;
}

// "**History**: …", "History: …" (PDF text), up to the end of the details.
const HISTORY = /(?:<p>\s*)?(?:\*\*History\*\*|\bHistory)\s*:\s*/;

function cleanName(name: string): string {
  return name
    .trim()
    .replace(/^``?|``?$/g, "")
    .replace(/^<code>|<\/code>$/g, "")
    .trim();
}

/** One field, with nested member fields from bullet lists in its details. */
export function buildField(input: FieldInput): Field {
  const { details, syntax, provenance } = input;
  const history = HISTORY.exec(details);
  const own = history ? details.slice(0, history.index) : details;
  const historyText = history ? details.slice(history.index + history[0].length).replace(/<\/p>\s*$/i, "") : "";
  const { description, items } = splitNestedItems(own);

  const typed = normaliseType(input.typeAsWritten ?? "");
  const field: Field = {
    name: cleanName(input.name),
    type: typed.type,
    description: textToRichText(
      description,
      syntax,
      input.place ? { place: input.place, ...(input.sink ? { sink: input.sink } : {}) } : undefined,
    ),
    fields: [],
    history: [],
    provenance,
  };
  if (typed.alternatives) field.typeAlternatives = typed.alternatives;
  if (input.typeAsWritten !== undefined && input.typeAsWritten.trim() !== "")
    field.typeAsWritten = input.typeAsWritten.trim();
  const values = allowedValues(description);
  if (values) field.values = values;
  const nullable = nullability(description);
  if (nullable !== undefined) field.nullable = nullable;
  if (history && historyText.trim() !== "") {
    const at = input.place ? positionInText(details, history.index + history[0].length, input.place) : undefined;
    field.history = parseHistory(historyText, syntax, provenance, input.sink, at);
  }

  const fields: Field[] = [...(input.fields ?? [])];
  for (const item of items) {
    const duplicate = fields.some((f) => f.name === item.name);
    if (duplicate) {
      if (input.sink && input.place && !(input.fields ?? []).some((f) => f.name === item.name)) {
        input.sink.report(
          extractRules["field/duplicate-member"],
          `member field "${item.name}" is listed twice in "${field.name}"`,
          positionInText(details, item.index, input.place),
        );
      }
      continue;
    }
    const nested: FieldInput = {
      name: item.name,
      typeAsWritten: item.typeAsWritten,
      details: item.details,
      syntax,
      provenance,
    };
    if (input.sink) nested.sink = input.sink;
    if (input.place) nested.place = positionInText(details, item.index, input.place);
    fields.push(buildField(nested));
  }
  field.fields = fields;
  return field;
}
