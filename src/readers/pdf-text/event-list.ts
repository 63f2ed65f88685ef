// Chapter 11 "Alphabetical Event List": one table per group of letters ("11.2 D, E, F"), each row
// "name\t<i>Category</i>", some running over a page ("Table 11.1 – continued from previous page",
// joined by the block parser). Read into the reader's `eventList`.
import { textToRichText } from "../../extract/rich-text.ts";
import type { EventListEntry } from "../reader.ts";
import type { Block } from "./block-types.ts";
import type { SourceSpan } from "../../model/position.ts";
import { cellName } from "./field-table.ts";
import { lineSpan } from "../../model/position.ts";

export interface EventListResult {
  entries: EventListEntry[];
  used: SourceSpan[];
}

/** The rows of every "Event\tDescription" table of the chapter, in order. */
export function readEventList(blocks: readonly Block[], file: string): EventListResult {
  const entries: EventListEntry[] = [];
  const used: SourceSpan[] = [];
  for (const block of blocks) {
    if (block.kind !== "table" || (block.header[0] ?? "") !== "Event") continue;
    used.push(block.span);
    for (const row of block.rows) {
      const name = cellName(row.cells[0] ?? "");
      if (name === "") continue;
      const category = textToRichText(row.cells[1] ?? "", "pdf").text.trim();
      entries.push({ name, category, provenance: lineSpan(file, row.span.start.line, row.span.end.line) });
    }
  }
  return { entries, used };
}

/** The names of the list, for recognising one-word event headings ("book") in chapter 12. */
export function eventListNames(entries: readonly EventListEntry[]): Set<string> {
  return new Set(entries.map((e) => e.name));
}
