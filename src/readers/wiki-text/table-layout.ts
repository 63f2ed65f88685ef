// Reads a table header into logical columns. The print split some header cells ("va" +
// "lues/format", "correct" + "_map fields") and clipped the first one ("ent fields" for "event
// fields", its event_type column lost); each logical column therefore spans one or more cells.
import { wikiRules } from "./rules.ts";
import { KNOWN_HEADERS, foldLookAlikes, repairClippedName } from "./name-repair.ts";
import type { WikiCell, WikiLine } from "./wiki-lines.ts";
import type { WikiContext } from "./wiki-context.ts";
import { positionAt } from "../../model/position.ts";

export type ColumnRole = "event" | "field" | "type" | "values" | "details" | "example" | "key" | "nullable";

export interface ColumnSpan {
  role: ColumnRole;
  label: string;
  /** First and last cell index (0-based, inclusive) the column occupies. */
  from: number;
  to: number;
}

export interface TableLayout {
  columns: ColumnSpan[];
  /** The first header cell was clipped at the page edge: names in its column may be clipped too. */
  clipped: boolean;
  /** A "correct_map fields" table: nested fields of correct_map. */
  nestedOf?: string;
}

const ROLE_OF: Readonly<Record<string, ColumnRole>> = {
  event_type: "event",
  "event fields": "field",
  field: "field",
  details: "details",
  type: "type",
  "values/format": "values",
  example: "example",
  key: "key",
  "correct_map fields": "field",
  "null allowed?": "nullable",
};

const HEADER_EVIDENCE = {
  known: KNOWN_HEADERS,
  knownAs: "a column header of the page",
  inFile: new Map<string, number>(),
};

export function readTableLayout(ctx: WikiContext, header: WikiLine): TableLayout {
  const cells = header.cells;
  const columns: ColumnSpan[] = [];
  let clipped = false;
  const report = (cell: WikiCell, message: string): void =>
    ctx.sink.report(wikiRules["wiki/repaired-name"], message, positionAt(ctx.file, header.start.line, cell.column));
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell || cell.text === "") continue;
    const text = foldLookAlikes(cell.text).toLowerCase();
    if (ROLE_OF[text]) {
      columns.push({ role: ROLE_OF[text], label: text, from: i, to: i });
      continue;
    }
    const joined = [1, 2]
      .map((n) => ({
        n,
        text: cells
          .slice(i, i + n + 1)
          .map((c) => foldLookAlikes(c.text).toLowerCase())
          .join(""),
      }))
      .find((j) => ROLE_OF[j.text] !== undefined);
    const role = joined ? ROLE_OF[joined.text] : undefined;
    if (joined && role) {
      const parts = cells
        .slice(i, i + joined.n + 1)
        .map((c) => `'${c.text}'`)
        .join(" + ");
      report(cell, `column header ${parts} read as '${joined.text}' (split across cells)`);
      columns.push({ role, label: joined.text, from: i, to: i + joined.n });
      i += joined.n;
      continue;
    }
    const repair = repairClippedName(text, HEADER_EVIDENCE);
    const repairedRole = repair.kind === "repaired" ? ROLE_OF[repair.name] : undefined;
    if (repair.kind === "repaired" && repairedRole) {
      report(cell, `column header '${cell.text}' read as '${repair.name}' (${repair.evidence}, first letters clipped)`);
      columns.push({ role: repairedRole, label: repair.name, from: i, to: i });
      if (columns.length === 1) clipped = true;
      continue;
    }
    ctx.sink.report(
      wikiRules["wiki/garbled-cell"],
      `column header '${cell.text}' is not a known column; its cells are ignored`,
      positionAt(ctx.file, header.start.line, cell.column),
    );
  }
  const layout: TableLayout = { columns, clipped };
  const field = columns.find((c) => c.role === "field");
  if (field?.label === "correct_map fields") layout.nestedOf = "correct_map";
  if (field?.label === "event fields" && !columns.some((c) => c.role === "event")) {
    ctx.sink.report(
      wikiRules["wiki/lost-column"],
      `the header begins with '${cells[field.from]?.text ?? ""}': the event_type column before 'event fields' is lost in the print, so the rows do not name their events`,
      positionAt(ctx.file, header.start.line, 1),
    );
  }
  return layout;
}

/** The cells of one logical column in a row, empty cells included. */
export function cellsOf(layout: TableLayout, row: WikiLine, role: ColumnRole): WikiCell[] {
  const col = layout.columns.find((c) => c.role === role);
  return col ? row.cells.slice(col.from, col.to + 1) : [];
}

/**
 * The second page of the server table is printed ten cells wide without a header of its own
 * (`reset_problem`, `\$URL` rows): event_type, an empty cell, the field, the type split over two
 * cells ("string/" + "json"), values/format over two cells, then details and example.
 */
const WIDE_LAYOUT: TableLayout = {
  clipped: false,
  columns: [
    { role: "event", label: "event_type", from: 0, to: 1 },
    { role: "field", label: "event fields", from: 2, to: 2 },
    { role: "type", label: "type", from: 3, to: 4 },
    { role: "values", label: "values/format", from: 5, to: 6 },
    { role: "details", label: "details", from: 7, to: 7 },
    { role: "example", label: "example", from: 8, to: 8 },
  ],
};

/** A row with far more cells than its header belongs to the wide layout. */
export function layoutOfRow(layout: TableLayout, header: WikiLine, row: WikiLine): TableLayout {
  return layout.nestedOf === undefined && row.cells.length >= 9 && row.cells.length > header.cells.length + 2
    ? WIDE_LAYOUT
    : layout;
}
