// Turns a Field / Type / Details[ / Member Fields] table (list-table or grid) into fields. Rows
// whose first cell is empty continue the field above (the chapter splits one field's values over
// several rows); the details of all rows of a field, member-field cells included, go to
// `buildField` together, which reads nested bullet lists and inline history.
import { type DiagnosticSink, mapPositions } from "../../diagnostics/diagnostic-sink.ts";
import { buildField } from "../../extract/field-builder.ts";
import type { Field } from "../../model/field-schema.ts";
import type { TableCell, TableNode } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { joinPlaced, placedPositions, type PlacedText } from "./text-places.ts";
import { lineSpan, positionAt } from "../../model/position.ts";

interface Columns {
  name: number;
  type: number | undefined;
  details: number[];
}

/** The columns of a field table, or undefined when the header is not Field / Type / Details. */
export function fieldColumns(table: TableNode): Columns | undefined {
  const header = table.rows[table.headerRows - 1];
  if (table.headerRows < 1 || !header) return undefined;
  const names = header.map((c) => c.text.replace(/[`*]/g, "").trim().toLowerCase());
  // "Field", "Name", "Member Field", "``context`` Member Field" (upstream common fields).
  if (!/^(?:(?:context|event)\s+)?(?:field|name|member field)s?$/.test(names[0] ?? "")) return undefined;
  const type = names.findIndex((n) => /\btype\b/.test(n));
  const details = names
    .map((n, i) => (i > 0 && i !== type && /detail|description|member|value/.test(n) ? i : -1))
    .filter((i) => i >= 0);
  if (type < 0 && details.length === 0) return undefined;
  return { name: 0, type: type < 0 ? undefined : type, details };
}

interface Group {
  name: string;
  types: string[];
  details: TableCell[];
  first: TableCell;
  last: TableCell;
}

function fieldName(cell: string): string {
  const literal = /``([^`]+)``/.exec(cell);
  return (literal?.[1] ?? cell.replace(/[`*]/g, "")).trim();
}

/**
 * A cell's text with the place of each line. Cells whose reader gives no line places (grid cells)
 * are taken to run down from their first line at one column, as a cell's text does.
 */
function cellPlaced(cell: TableCell): PlacedText {
  const { file, start } = cell.position;
  const { line, column } = start;
  const lines = cell.lines ?? cell.text.split("\n").map((_, k) => ({ file, start: { line: line + k, column } }));
  return { text: cell.text, lines };
}

/** The blank line buildField's text has between two cells, placed after the first of them. */
function gapAfter(cell: TableCell): PlacedText {
  return {
    text: "",
    lines: [{ file: cell.position.file, start: { line: cell.position.end.line, column: cell.position.start.column } }],
  };
}

export function tableToFields(table: TableNode, columns: Columns, sink: DiagnosticSink): Field[] {
  const groups: Group[] = [];
  for (const row of table.rows.slice(table.headerRows)) {
    const first = row[0];
    if (!first) continue;
    const last = row[row.length - 1] ?? first;
    const type = columns.type === undefined ? "" : (row[columns.type]?.text ?? "");
    const details = columns.details.flatMap((i) => row[i] ?? []).filter((c) => c.text !== "");
    const current = groups[groups.length - 1];
    if (first.text.trim() === "") {
      if (!current) {
        if (type !== "" || details.length > 0) {
          sink.report(rstRules["rst/field-without-name"], "table row continues no field", first.position);
        }
        continue;
      }
      if (type !== "") current.types.push(type);
      current.details.push(...details);
      current.last = last;
      continue;
    }
    groups.push({ name: fieldName(first.text), types: type === "" ? [] : [type], details, first, last });
  }
  return groups.map((g) => {
    const file = g.first.position.file;
    const provenance = lineSpan(
      file,
      g.first.position.start.line,
      Math.max(g.first.position.start.line, g.last.position.end.line),
    );
    // The details cells joined by blank lines, as buildField reads them; its places are relative to
    // that text (line 1, column 1 at its start) and are moved back to the cells' own lines.
    const details = joinPlaced(
      g.details.flatMap((cell, k) =>
        k === 0 ? [cellPlaced(cell)] : [gapAfter(g.details[k - 1] ?? cell), cellPlaced(cell)],
      ),
    );
    const input: Parameters<typeof buildField>[0] = {
      name: g.name,
      details: details.text,
      syntax: "rst",
      provenance,
      sink: mapPositions(sink, placedPositions(details, 0)),
      place: positionAt(file, 1, 1),
    };
    const typeText = g.types.join(" ").trim();
    if (typeText !== "") input.typeAsWritten = typeText;
    return buildField(input);
  });
}
