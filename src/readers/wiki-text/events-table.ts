// Reads an events table (server or browser) into events with their fields. A row whose event_type
// cell is filled starts an event; a row with an empty first cell continues it; a name written
// again (book: gotopage, then nextpage) is one event, merged. Where the print lost the event_type
// column, rows cannot name their event: they are gathered into unnamed groups that the reader
// reports (a repeated field name, such as a second problem_id, starts a new group).
import { wikiRules } from "./rules.ts";
import { IDENTIFIER, foldLookAlikes, joinNameFragments, repairClippedName } from "./name-repair.ts";
import { joinCellFragments } from "./cell-text.ts";
import { cellsOf, layoutOfRow, type TableLayout } from "./table-layout.ts";
import {
  mergeFieldDraft,
  rowParagraph,
  rowToFieldDraft,
  throughLine,
  type FieldDraft,
  type FieldRow,
} from "./wiki-field.ts";
import { markUsed, skipBlock, type WikiContext } from "./wiki-context.ts";
import type { WikiLine, WikiTable } from "./wiki-lines.ts";
import { linesOf, positionAt, spanAt, type SourcePosition, type SourceSpan } from "../../model/position.ts";

export interface EventGroup {
  /** The event_type as written; absent when the print lost it. */
  name?: string;
  /** From the group's first row to its last (and the end of a nested table that belongs to it). */
  position: SourceSpan;
  /** Event-level text: the details of a row whose field cell is "none" or "empty". */
  paragraphs: string[];
  fields: FieldDraft[];
  /** Lines of the group's rows (for the coverage of an unnamed group). */
  lines: number[];
}

const EVENT_NAME = /^\$?[A-Za-z_][\w.\-/$]*$/;
/** A field cell saying the event field has no members ("page_close: empty", "problem_check: none"). */
const NO_FIELDS = /^(none|empty)$/i;

interface RowName {
  name: string;
  type: string;
}

/** Reads the field name and the type of a row, repairing clipped, split and overflowing names. */
function readNameAndType(ctx: WikiContext, layout: TableLayout, row: WikiLine): RowName {
  const nameCells = cellsOf(layout, row, "field");
  const typeCells = cellsOf(layout, row, "type").map((c) => ({ ...c }));
  const first = nameCells.find((c) => c.text !== "");
  const place = positionAt(ctx.file, row.start.line, first?.column ?? 1);
  const nameParts = nameCells.map((c) => c.text).filter((t) => t !== "");
  let name = nameParts.join("");
  if (nameParts.length > 1) {
    const joined = joinNameFragments(nameParts, ctx.fieldNames);
    if (joined)
      report(ctx, `name ${nameParts.map(q).join(" + ")} read as ${q(joined.name)} (${joined.evidence})`, place);
    name = joined?.name ?? name;
  }
  // A short first word of the type cell is the end of a name that ran into the next cell
  // ("problem_i" + "d string"), or a stray letter ("e string/"): join it or leave it out.
  const typeFirst = typeCells.find((c) => c.text !== "");
  const overflow = typeFirst?.text.match(/^(\S{1,2})\s+(\S.*)$/);
  if (typeFirst && overflow?.[1] && overflow[2] && name !== "") {
    const joined = joinNameFragments([name, overflow[1]], ctx.fieldNames);
    if (joined)
      report(ctx, `name ${q(name)} + ${q(overflow[1])} read as ${q(joined.name)} (${joined.evidence})`, place);
    else
      ctx.sink.report(
        wikiRules["wiki/stray-text"],
        `stray ${q(overflow[1])} at the start of the type cell left out`,
        positionAt(ctx.file, row.start.line, typeFirst.column),
      );
    name = joined?.name ?? name;
    typeFirst.text = overflow[2];
  }
  if (layout.clipped && name !== "" && IDENTIFIER.test(name)) name = repairClipped(ctx, name, place);
  else if (foldLookAlikes(name) !== name) {
    report(ctx, `name ${q(name)} read as ${q(foldLookAlikes(name))} (look-alike letters)`, place);
    name = foldLookAlikes(name);
  }
  return { name, type: joinCellFragments(ctx, typeCells, "type", row.start.line) };
}

function repairClipped(ctx: WikiContext, name: string, place: SourcePosition): string {
  const repair = repairClippedName(name, ctx.fieldNames);
  if (repair.kind === "repaired") {
    report(
      ctx,
      `name ${q(name)} read as ${q(repair.name)} (${repair.evidence}; first letters clipped at the page edge)`,
      place,
    );
  } else if (repair.kind === "ambiguous") {
    ctx.sink.report(
      wikiRules["wiki/unrepaired-name"],
      `name ${q(name)} may be clipped: ${repair.candidates.map(q).join(", ")} all fit; kept as written`,
      place,
    );
  } else if (repair.kind === "unknown") {
    ctx.sink.report(
      wikiRules["wiki/unrepaired-name"],
      `name ${q(name)} may be clipped, but no known name ends so; kept as written`,
      place,
    );
  }
  return repair.name;
}

const q = (s: string): string => `'${s}'`;
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const report = (ctx: WikiContext, message: string, place: SourcePosition): void =>
  ctx.sink.report(wikiRules["wiki/repaired-name"], message, place);

export function readEventsTable(ctx: WikiContext, table: WikiTable, layout: TableLayout): EventGroup[] {
  const groups: EventGroup[] = [];
  let current: EventGroup | undefined;
  let lastField: FieldDraft | undefined;
  for (const row of table.rows) {
    if (row.text.trim() === "") continue;
    const rowLayout = layoutOfRow(layout, table.header, row);
    const text = (role: "values" | "details" | "example"): string =>
      joinCellFragments(ctx, cellsOf(rowLayout, row, role), "text", row.start.line);
    const eventCells = cellsOf(rowLayout, row, "event");
    const eventText = eventCells
      .map((c) => c.text)
      .filter((t) => t !== "")
      .join(" ");
    const { name, type } = readNameAndType(ctx, rowLayout, row);
    if (name !== "" && !IDENTIFIER.test(name)) {
      const column = cellsOf(rowLayout, row, "field").find((c) => c.text !== "")?.column ?? 1;
      skipBlock(
        ctx,
        wikiRules["wiki/unreadable-line"],
        `jumbled line (overlapping print) could not be read: ${q(clip(row.text.trim()))}`,
        spanAt(ctx.file, row.start.line, column, row.start.line),
      );
      continue;
    }
    const fieldRow: FieldRow = {
      name,
      type,
      valuesFormat: text("values"),
      details: text("details"),
      example: text("example"),
      position: linesOf(row),
    };
    if (eventText !== "" && EVENT_NAME.test(eventText)) {
      const seen = groups.find((g) => g.name === eventText);
      if (seen) {
        ctx.sink.report(
          wikiRules["wiki/duplicate-event"],
          `event ${q(eventText)} is written again (first on line ${seen.position.start.line}); its rows are merged into one event`,
          positionAt(ctx.file, row.start.line, eventCells[0]?.column ?? 1),
        );
        current = seen;
      } else {
        current = {
          name: eventText,
          position: linesOf(row),
          paragraphs: [],
          fields: [],
          lines: [],
        };
        groups.push(current);
      }
    } else if (eventText !== "") {
      ctx.sink.report(
        wikiRules["wiki/stray-text"],
        `${q(eventText)} in the event_type column is not an event name (a page number or fragment); the row continues the event above`,
        positionAt(ctx.file, row.start.line, eventCells.find((c) => c.text !== "")?.column ?? 1),
      );
    }
    if (name === "" && eventText === "" && lastField && current) {
      ctx.sink.report(
        wikiRules["wiki/continued-cell"],
        `cells of line ${row.start.line} continue the field ${q(lastField.name)} of line ${lastField.position.start.line}`,
        positionAt(ctx.file, row.start.line, row.cells.find((c) => c.text !== "")?.column ?? 1),
      );
      mergeFieldDraft(lastField, fieldRow);
    } else if (NO_FIELDS.test(name) && current) {
      const paragraph = rowParagraph(fieldRow, undefined);
      if (paragraph !== "") current.paragraphs.push(paragraph);
    } else if (name !== "") {
      if (!current || (current.name === undefined && current.fields.some((f) => f.name === name))) {
        current = {
          position: linesOf(row),
          paragraphs: [],
          fields: [],
          lines: [],
        };
        groups.push(current);
      }
      const existing = current.fields.find((f) => f.name === name);
      if (existing) mergeFieldDraft(existing, fieldRow);
      else current.fields.push(rowToFieldDraft(fieldRow));
      lastField = existing ?? current.fields[current.fields.length - 1];
    }
    if (current) {
      current.position = throughLine(current.position, row.start.line);
      current.lines.push(row.start.line);
    }
  }
  return groups;
}

/** Marks the header and the rows of named events as used. */
export function markGroupsUsed(ctx: WikiContext, table: WikiTable, groups: readonly EventGroup[]): void {
  if (groups.some((g) => g.name !== undefined)) markUsed(ctx, table.header.start.line);
  for (const g of groups) if (g.name !== undefined) for (const l of g.lines) markUsed(ctx, l);
}
