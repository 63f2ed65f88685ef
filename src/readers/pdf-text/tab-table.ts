// Tables of the converted guide are tab-separated lines: a header row ("Field\tType\tDetails",
// "Event\tDescription", "<code>context</code> Member Field\tType\tDetails") and data rows whose
// cells may hold HTML fragments. A row with an empty first cell continues the row above; rows
// that follow a table after blank lines without a header of their own continue it (the page
// break between them was removed with the page furniture).
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { TableRow } from "./block-types.ts";
import { pdfTextRules } from "./rules.ts";
import { spanAt, startOf, type SourceLine } from "../../model/position.ts";

const HEADER_FIRST_CELL = /(?:^|\s|>)Field$|^Event$/;
const HEADER_SECOND_CELL = /^(?:Type|Description)$/;
const TAGS = /<[^<>]*>/g;

export function isTableLine(line: SourceLine): boolean {
  return line.text.includes("\t");
}

/** Whether the cells of a tab line are a header row. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const first = (cells[0] ?? "").replace(TAGS, "").trim();
  const second = (cells[1] ?? "").trim();
  return HEADER_FIRST_CELL.test(first) && HEADER_SECOND_CELL.test(second);
}

export function splitCells(text: string): string[] {
  return text.split("\t").map((c) => c.trim());
}

/** Fits a row to the header's width: extra cells join the last one, missing cells are empty. */
export function fitRow(cells: string[], width: number, line: SourceLine, sink: DiagnosticSink): string[] {
  // Trailing empty cells ("<code>answers</code>\tobject\t") are no extra cells.
  while (cells.length > width && cells[cells.length - 1] === "") cells.pop();
  if (cells.length > width) {
    sink.report(
      pdfTextRules["pdf-text/table-row-cells"],
      `row has ${cells.length} cells, the header ${width}`,
      startOf(line),
    );
    const head = cells.slice(0, width - 1);
    head.push(cells.slice(width - 1).join(" "));
    return head;
  }
  while (cells.length < width) cells.push("");
  return cells;
}

/** Adds a row, or merges it into the previous row when its first cell is empty. */
export function addRow(rows: TableRow[], cells: string[], line: SourceLine): void {
  const previous = rows[rows.length - 1];
  if (previous && cells[0] === "") {
    previous.cells = previous.cells.map((c, k) => [c, cells[k] ?? ""].filter((x) => x !== "").join(" "));
    previous.span = { ...previous.span, end: { line: line.start.line } };
    return;
  }
  rows.push({ cells, span: spanAt(line.file, line.start.line, line.start.column, line.start.line) });
}
