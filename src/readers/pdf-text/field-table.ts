// Turns a field table ("Field\tType\tDetails") or a bullet list of member fields ("- `code`",
// "- `currentTime`: The point …") into catalog fields. The shared field builder splits the
// run-together `<ul>` items of a cell ("correctness: string; … hint: string; …"); this module
// adds what only the PDF text does: member fields named in prose ("The member fields are
// <code>display_name</code> and <code>usage_key</code>", "contains a <code>text</code> (string)
// member field") become nested fields too, typed when the prose gives the type.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { buildField } from "../../extract/field-builder.ts";
import type { Field } from "../../model/field-schema.ts";
import type { ListItem, TableRow } from "./block-types.ts";
import { lineSpan, positionAt } from "../../model/position.ts";

const CODE_TAGS = /<\/?code>/g;
const CODE_NAME = /<code>([A-Za-z_][A-Za-z0-9_.]*)<\/code>(?:\s*\((\w+)\))?/g;
// "`code`", "code", "`currentTime`: The point …", "currentTime: The point …", "`x` (number): …"
const BULLET_FIELD = /^(?:`([^`\s]+)`|([A-Za-z_][A-Za-z0-9_]*))(?:\s*\(([^()]*)\))?(?:\s*:\s*(.*))?$/;

/** The field name as a table cell writes it: "<code>course_id</code>" → "course_id". */
export function cellName(cell: string): string {
  return cell.replace(CODE_TAGS, "").replace(/`/g, "").trim();
}

export interface ProseMember {
  name: string;
  /** "(string)" right after the name. */
  typeAsWritten?: string;
}

/** Member names that a sentence of the details states ("The member fields are <code>a</code> and <code>b</code>"). */
function membersNamedInProse(details: string, own: string): ProseMember[] {
  const names: ProseMember[] = [];
  for (const sentence of details.split(/\.\s+/)) {
    const text = sentence.trim().replace(/\.$/, "");
    const states = /\bmember fields?\b/i.test(text) || /\bincludes? the <code>.*\bfields$/i.test(text);
    if (!states) continue;
    for (const m of sentence.matchAll(CODE_NAME)) {
      const name = m[1] ?? "";
      if (name === own || name.includes(".") || names.some((n) => n.name === name)) continue;
      names.push(m[2] !== undefined ? { name, typeAsWritten: m[2] } : { name });
    }
  }
  return names;
}

export interface FieldContext {
  file: string;
  sink: DiagnosticSink;
}

/** One field per table row; for an object or array without listed members, the members its prose names. */
export function tableToFields(header: readonly string[], rows: readonly TableRow[], ctx: FieldContext): Field[] {
  const hasType = (header[1] ?? "").trim() === "Type";
  return rows.map((row) => {
    const name = cellName(row.cells[0] ?? "");
    const typeAsWritten = hasType ? (row.cells[1] ?? "").trim() : "";
    const details = (hasType ? row.cells[2] : row.cells[1]) ?? "";
    const input = {
      name,
      ...(typeAsWritten !== "" ? { typeAsWritten } : {}),
      details,
      syntax: "pdf" as const,
      provenance: lineSpan(ctx.file, row.span.start.line, row.span.end.line),
      sink: ctx.sink,
      place: positionAt(ctx.file, row.span.start.line, row.span.start.column),
    };
    const field = buildField(input);
    if (field.fields.length > 0 || (field.type !== "object" && field.type !== "array")) return field;
    const base = name.split(/[:[\s]/, 1)[0] ?? name;
    const named = membersNamedInProse(details, base);
    if (named.length === 0) return field;
    const { typeAsWritten: _parentType, ...shared } = input;
    const members = named.map((member) => buildField({ ...shared, ...member, details: "" }));
    return { ...field, fields: members };
  });
}

/** Fields from a bullet list of member names ("- `code`", "- `currentTime`: The point …", "- code"). */
export function listToFields(items: readonly ListItem[], ctx: FieldContext): Field[] | undefined {
  const fields: Field[] = [];
  for (const item of items) {
    const m = BULLET_FIELD.exec(item.text);
    const name = m?.[1] ?? m?.[2];
    if (!m || name === undefined) return undefined;
    const provenance = lineSpan(ctx.file, item.span.start.line, item.span.end.line);
    const place = positionAt(ctx.file, item.span.start.line, item.span.start.column);
    const typeAsWritten = m[3];
    fields.push(
      buildField({
        name,
        ...(typeAsWritten ? { typeAsWritten } : {}),
        details: m[4] ?? "",
        syntax: "pdf",
        provenance,
        sink: ctx.sink,
        place,
      }),
    );
  }
  return fields;
}
