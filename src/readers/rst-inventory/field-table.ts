// Reads a table of fields — the Common Fields table and the correct_map sub-table — into Fields:
// one row per field, with name, type, details, allowed values and whether null is allowed.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { buildField } from "../../extract/field-builder.ts";
import type { Field } from "../../model/field-schema.ts";
import type { GridCell, GridTable } from "../rst/grid-table.ts";
import { cellText, columnOf, readLayout, type TableLayout } from "./table-columns.ts";
import { lineSpan, linesOf, positionAt, type SourceSpan } from "../../model/position.ts";

type FieldColumn = "name" | "details" | "type" | "values" | "nullable";

function fieldColumnOf(heading: string): FieldColumn | undefined {
  if (heading === "type") return "type";
  if (heading.startsWith("values")) return "values";
  if (heading.startsWith("null")) return "nullable";
  if (heading === "details" || heading === "description") return "details";
  if (heading.endsWith("field")) return "name";
  return undefined;
}

/** "``agent``" → "agent"; a name written without literal markup is taken as written. */
export function fieldNameOf(text: string): string {
  return text.replace(/``/g, "").replace(/\s+/g, " ").trim();
}

export interface FieldParts {
  name: string;
  typeAsWritten: string;
  details: string;
  /** The lines of the field's name cell. */
  position: SourceSpan;
  fields?: Field[];
  /** The text that lists allowed values, when it is not the details. */
  valuesText?: string;
}

// The inventory lists allowed values as interpreted-text literals: `'closed'`, `'unreset'`.
const VALUE_LIST = /^(?:None,\s*)?`'[^'`]*'`(?:\s*,\s*`'[^'`]*'`)+\s*$/;

/** The values of a cell that is nothing but a list of two or more `'literal'`s. */
function listedValues(text: string): string[] | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!VALUE_LIST.test(flat)) return undefined;
  return [...flat.matchAll(/`'([^'`]*)'`/g)].map((m) => m[1] ?? "");
}

export function fieldOf(parts: FieldParts, sink: DiagnosticSink): Field {
  const { file, start } = parts.position;
  const provenance = linesOf(parts.position);
  const field = buildField({
    name: parts.name,
    ...(parts.typeAsWritten === "" ? {} : { typeAsWritten: parts.typeAsWritten }),
    details: parts.details,
    syntax: "rst",
    provenance,
    ...(parts.fields ? { fields: parts.fields } : {}),
    sink,
    place: positionAt(file, start.line, 1),
  });
  const values = listedValues(parts.valuesText ?? parts.details);
  if (values && !field.values) field.values = values;
  return field;
}

/** The fields of a field table, or undefined when its header is not one of a field table. */
export function readFieldTable(table: GridTable, file: string, sink: DiagnosticSink): Field[] | undefined {
  const layout = readLayout(table, fieldColumnOf, sink);
  if (!layout || !layout.columns.some((c) => c.key === "name")) return undefined;
  const fields: Field[] = [];
  for (const row of table.rows.slice(layout.bodyStart)) {
    const cells = cellsByColumn(layout, row.cells, file, sink);
    const nameCell = cells.get("name");
    if (!nameCell || nameCell.lines.length === 0) continue;
    const values = cellText(cells.get("values") ?? emptyCell).trim();
    const valuesHeading = layout.columns.find((c) => c.key === "values")?.heading.replace(/\*/g, "") ?? "";
    // Beside a Details column the values get their heading; alone they are the details.
    const hasDetails = layout.columns.some((c) => c.key === "details");
    const valuesText = values === "" || !hasDetails ? values : `${valuesHeading}: ${values}`;
    const details = [cellText(cells.get("details") ?? emptyCell).trim(), valuesText]
      .filter((t) => t !== "")
      .join("\n\n");
    const field = fieldOf(
      {
        name: fieldNameOf(cellText(nameCell)),
        typeAsWritten: cellText(cells.get("type") ?? emptyCell).trim(),
        details,
        position: linesOf(nameCell.position),
        valuesText: values,
      },
      sink,
    );
    const nullable = cellText(cells.get("nullable") ?? emptyCell)
      .trim()
      .toLowerCase();
    if (nullable === "yes") field.nullable = true;
    else if (nullable === "no") field.nullable = false;
    fields.push(field);
  }
  return fields;
}

const emptyCell: GridCell = { row: 0, column: 0, rowSpan: 1, colSpan: 1, lines: [], position: lineSpan("", 1, 1) };

function cellsByColumn<K extends string>(
  layout: TableLayout<K>,
  cells: readonly GridCell[],
  file: string,
  sink: DiagnosticSink,
): Map<K, GridCell> {
  const out = new Map<K, GridCell>();
  for (const cell of cells) {
    const column = columnOf(layout, cell, file, sink);
    if (column) out.set(column.key, cell);
  }
  return out;
}
