// Reads the "correct_map fields" table: the member fields of correct_map, a map keyed by problem id
// (its key column holds `<pre>$problem_id</pre>` on the first row). In the other rows the print
// pushed the start of each name into the key column ("hintmod" | "" | "е", "correctn" | "" |
// "ess"), so the name is the key cell plus the field cells whenever the key cell is not a key.
import { wikiRules } from "./rules.ts";
import { foldLookAlikes, joinNameFragments } from "./name-repair.ts";
import { joinCellFragments, readNullable } from "./cell-text.ts";
import { cellsOf, type TableLayout } from "./table-layout.ts";
import { rowToFieldDraft, type FieldDraft } from "./wiki-field.ts";
import type { WikiContext } from "./wiki-context.ts";
import type { WikiTable } from "./wiki-lines.ts";
import { lineSpan, linesOf, positionAt, type SourceSpan } from "../../model/position.ts";

export interface NestedTable {
  /** Name of the field the table describes ("correct_map"). */
  of: string;
  /** The key placeholder, such as "$problem_id". */
  key?: string;
  fields: FieldDraft[];
  /** From the table's header to its last field row. */
  position: SourceSpan;
}

const KEY_CELL = /^(?:<pre>)?(\$[A-Za-z_]\w*)(?:<\/pre>)?$/;
const q = (s: string): string => `'${s}'`;

export function readNestedTable(ctx: WikiContext, table: WikiTable, layout: TableLayout, of: string): NestedTable {
  const nested: NestedTable = {
    of,
    fields: [],
    position: linesOf(table.header),
  };
  for (const row of table.rows) {
    if (row.text.trim() === "") continue;
    const keyCell = cellsOf(layout, row, "key")[0];
    const key = keyCell?.text.match(KEY_CELL)?.[1];
    if (key !== undefined && nested.key === undefined) nested.key = key;
    const nameCells = [...(key === undefined && keyCell ? [keyCell] : []), ...cellsOf(layout, row, "field")];
    const parts = nameCells.map((c) => c.text).filter((t) => t !== "");
    const place = positionAt(ctx.file, row.start.line, nameCells.find((c) => c.text !== "")?.column ?? 1);
    let name = foldLookAlikes(parts.join(""));
    if (parts.length > 1) {
      const joined = joinNameFragments(parts, ctx.fieldNames);
      const shown = parts.map(q).join(" + ");
      if (joined) {
        ctx.sink.report(
          wikiRules["wiki/repaired-name"],
          `name ${shown} read as ${q(joined.name)} (${joined.evidence})`,
          place,
        );
      } else {
        ctx.sink.report(
          wikiRules["wiki/unrepaired-name"],
          `name ${shown} is split and no known name joins it; read as ${q(name)}`,
          place,
        );
      }
      name = joined?.name ?? name;
    } else if (name !== parts.join("")) {
      ctx.sink.report(
        wikiRules["wiki/repaired-name"],
        `name ${q(parts.join(""))} read as ${q(name)} (look-alike letters)`,
        place,
      );
    }
    if (name === "") continue;
    const nullableCells = cellsOf(layout, row, "nullable");
    const draft = rowToFieldDraft({
      name,
      type: joinCellFragments(ctx, cellsOf(layout, row, "type"), "type", row.start.line),
      valuesFormat: joinCellFragments(ctx, cellsOf(layout, row, "values"), "text", row.start.line),
      details: joinCellFragments(ctx, cellsOf(layout, row, "details"), "text", row.start.line),
      example: "",
      position: linesOf(row),
    });
    const nullable = readNullable(
      ctx,
      joinCellFragments(ctx, nullableCells, "nullable", row.start.line),
      positionAt(ctx.file, row.start.line, nullableCells.find((c) => c.text !== "")?.column ?? 1),
    );
    if (nullable !== undefined) draft.nullable = nullable;
    nested.fields.push(draft);
    nested.position = lineSpan(ctx.file, nested.position.start.line, row.start.line);
  }
  return nested;
}
