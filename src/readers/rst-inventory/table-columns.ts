// Reads a table's header row into named logical columns. A logical column may cover several grid
// columns: in the Event Types table the Details column is four grid columns wide because the
// correct_map sub-table is drawn flush inside it.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { GridCell, GridTable } from "../rst/grid-table.ts";
import { inventoryRules } from "./rules.ts";
import { positionAt } from "../../model/position.ts";

export interface LogicalColumn<K extends string> {
  key: K;
  heading: string;
  /** First grid column and the one after the last. */
  start: number;
  end: number;
}

export interface TableLayout<K extends string> {
  columns: LogicalColumn<K>[];
  /** Index of the first body row. */
  bodyStart: number;
}

export function cellText(cell: GridCell): string {
  return cell.lines.map((l) => l.text).join("\n");
}

/** Heading text without markup: "**Null Allowed?**" → "null allowed?". */
function headingOf(cell: GridCell): string {
  return cellText(cell).replace(/[*`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The header row's cells mapped to keys by `keyOf`; undefined when any heading is unknown. A
 * first row that is a header without the `=` separator is accepted and reported.
 */
export function readLayout<K extends string>(
  table: GridTable,
  keyOf: (heading: string) => K | undefined,
  sink: DiagnosticSink,
): TableLayout<K> | undefined {
  const header = table.rows[0]?.cells ?? [];
  const columns: LogicalColumn<K>[] = [];
  for (const cell of header) {
    const heading = headingOf(cell);
    const key = keyOf(heading);
    if (key === undefined) return undefined;
    columns.push({
      key,
      heading: cellText(cell).replace(/\s+/g, " "),
      start: cell.column,
      end: cell.column + cell.colSpan,
    });
  }
  if (columns.length === 0) return undefined;
  const headerRows = header[0]?.rowSpan ?? 1;
  if (table.headerRows === 0) {
    sink.report(
      inventoryRules["inventory/header-without-separator"],
      `the table's first row (${columns.map((c) => c.heading).join(" | ")}) is read as its header, though a \`-\` border rather than \`=\` closes it`,
      positionAt(
        table.position.file,
        table.rowBorders[headerRows] ?? table.position.start.line,
        table.columnBorders[0] ?? 1,
      ),
    );
  }
  return { columns, bodyStart: table.headerRows > 0 ? table.headerRows : headerRows };
}

/** The logical column a cell starts in, or undefined with a diagnostic when it spans several. */
export function columnOf<K extends string>(
  layout: TableLayout<K>,
  cell: GridCell,
  file: string,
  sink: DiagnosticSink,
): LogicalColumn<K> | undefined {
  const column = layout.columns.find((c) => cell.column >= c.start && cell.column < c.end);
  if (column && cell.column + cell.colSpan <= column.end) return column;
  sink.report(
    inventoryRules["inventory/stray-cell-text"],
    "a cell spans several columns of the table; its text is not placed",
    positionAt(file, cell.position.start.line, cell.lines[0]?.start.column ?? 1),
  );
  return undefined;
}
