// Reads the ``event`` Fields, Type and Details columns of a row group into fields. A Details cell
// may hold a sub-table (correct_map's members): drawn flush with the outer borders it shows up as
// several cells, drawn inside the cell it shows up as table lines; either way it is parsed again as
// a grid table and its rows become the field's nested fields.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Field } from "../../model/field-schema.ts";
import { parseGridTable, type GridCell, type GridTable } from "../rst/grid-table.ts";
import { sliceGridLines } from "./slice-lines.ts";
import { fieldNameOf, fieldOf, readFieldTable } from "./field-table.ts";
import { overlapping, type EventColumn, type RowGroup } from "./row-groups.ts";
import { inventoryRules } from "./rules.ts";
import { cellText, type TableLayout } from "./table-columns.ts";
import { linesOf, positionAt, type SourceLine } from "../../model/position.ts";

export interface EventTableContext {
  file: string;
  table: GridTable;
  lines: readonly SourceLine[];
  layout: TableLayout<EventColumn>;
  sink: DiagnosticSink;
}

interface DetailsContent {
  text: string;
  fields?: Field[];
}

const TABLE_LINE = /^\s*[+|]/;

/** The details of one field row: one cell's text, or a sub-table's fields. */
function detailsOf(ctx: EventTableContext, group: RowGroup, fieldCell: GridCell): DetailsContent {
  const cells = overlapping(group, "details", fieldCell);
  const column = ctx.layout.columns.find((c) => c.key === "details");
  if (cells.length > 1 && column) {
    const top = ctx.table.rowBorders[fieldCell.row] ?? fieldCell.position.start.line - 1;
    const bottom = ctx.table.rowBorders[fieldCell.row + fieldCell.rowSpan] ?? fieldCell.position.end.line + 1;
    const left = ctx.table.columnBorders[column.start] ?? 1;
    const right = ctx.table.columnBorders[column.end] ?? left;
    const sub = parseGridTable(sliceGridLines(ctx.lines, top, bottom, left, right), ctx.file, ctx.sink);
    const fields = sub ? readFieldTable(sub, ctx.file, ctx.sink) : undefined;
    if (fields) return { text: "", fields };
    return { text: cells.map(cellText).join("\n\n") };
  }
  const cell = cells[0];
  if (!cell) return { text: "" };
  const first = cell.lines.findIndex((l) => /^\s*\+[-=]/.test(l.text));
  if (first < 0) return { text: cellText(cell) };
  let end = first;
  while (end < cell.lines.length && TABLE_LINE.test(cell.lines[end]?.text ?? "")) end++;
  const sub = parseGridTable(cell.lines.slice(first, end), ctx.file, ctx.sink);
  const fields = sub ? readFieldTable(sub, ctx.file, ctx.sink) : undefined;
  const prose = [...cell.lines.slice(0, first), ...cell.lines.slice(end)]
    .map((l) => l.text)
    .join("\n")
    .trim();
  return fields ? { text: prose, fields } : { text: cellText(cell) };
}

export interface GroupFields {
  fields: { cell: GridCell; field: Field }[];
  /** Details written in a row without a field name: they describe the ``event`` field as a whole. */
  notes: { cell: GridCell; text: string }[];
}

/** One field per field cell of the group, in the order of the rows. */
export function groupFields(ctx: EventTableContext, group: RowGroup): GroupFields {
  const out: GroupFields = { fields: [], notes: [] };
  for (const cell of group.cells.get("field") ?? []) {
    const name = fieldNameOf(cellText(cell));
    const type = (group.cells.get("type") ?? []).find((c) => c.row === cell.row);
    const typeText = type ? cellText(type).replace(/\s+/g, " ").trim() : "";
    const details = detailsOf(ctx, group, cell);
    if (name === "") {
      if (details.text !== "" && typeText === "") out.notes.push({ cell, text: details.text });
      else if (typeText !== "" || details.text !== "") {
        ctx.sink.report(
          inventoryRules["inventory/stray-cell-text"],
          "a field row has a type but no field name; it is not placed",
          positionAt(ctx.file, cell.position.start.line, type?.lines[0]?.start.column ?? 1),
        );
      }
      continue;
    }
    const field = fieldOf(
      {
        name,
        typeAsWritten: typeText,
        details: details.text,
        position: linesOf(cell.position),
        ...(details.fields ? { fields: details.fields } : {}),
      },
      ctx.sink,
    );
    out.fields.push({ cell, field });
  }
  return out;
}
