// Reads the "Common Fields" table (field, details, type, values/format): the top-level fields of
// every event. Its values/format column becomes `values` when it lists literals ("browser,
// server") and stays in the description when it gives a format ("32 digits key", "$URL").
import { wikiRules } from "./rules.ts";
import { IDENTIFIER, foldLookAlikes } from "./name-repair.ts";
import { joinCellFragments } from "./cell-text.ts";
import { cellsOf, type TableLayout } from "./table-layout.ts";
import { rowToFieldDraft, type FieldDraft } from "./wiki-field.ts";
import { markUsed, skipBlock, type WikiContext } from "./wiki-context.ts";
import type { WikiTable } from "./wiki-lines.ts";
import { linesOf, positionAt, spanAt } from "../../model/position.ts";

export function readCommonFieldsTable(ctx: WikiContext, table: WikiTable, layout: TableLayout): FieldDraft[] {
  const fields: FieldDraft[] = [];
  markUsed(ctx, table.header.start.line);
  for (const row of table.rows) {
    if (row.text.trim() === "") continue;
    const text = (role: "field" | "type" | "values" | "details" | "example"): string =>
      joinCellFragments(ctx, cellsOf(layout, row, role), role === "type" ? "type" : "text", row.start.line);
    const asWritten = text("field");
    const name = foldLookAlikes(asWritten);
    const column = cellsOf(layout, row, "field")[0]?.column ?? 1;
    if (!IDENTIFIER.test(name)) {
      skipBlock(
        ctx,
        wikiRules["wiki/unreadable-line"],
        `common field row could not be read: '${row.text.trim().slice(0, 60)}'`,
        spanAt(ctx.file, row.start.line, column, row.start.line),
      );
      continue;
    }
    if (name !== asWritten) {
      ctx.sink.report(
        wikiRules["wiki/repaired-name"],
        `name '${asWritten}' read as '${name}' (look-alike letters)`,
        positionAt(ctx.file, row.start.line, column),
      );
    }
    fields.push(
      rowToFieldDraft({
        name,
        type: text("type"),
        valuesFormat: text("values"),
        details: text("details"),
        example: text("example"),
        position: linesOf(row),
      }),
    );
    markUsed(ctx, row.start.line);
  }
  return fields;
}
