// Reads an Event Type cell. One cell may name several events, one per line
// (``oe_show_full_feedback`` then ``oe_show_respond_to_feedback``), and a name may be written as an
// old / new pair across two lines (``showanswer`` / then ``show_answer``); both names of a pair
// are kept, in the order written, for the merge stage to treat as aliases.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { GridCell } from "../rst/grid-table.ts";
import { inventoryRules } from "./rules.ts";
import { positionAt, spanAt, type SourceSpan } from "../../model/position.ts";

export interface NameEntry {
  /** The names of one event as written: one name, or a slash pair. */
  names: string[];
  /** From the first name's column to the end of the last line that writes a name of the entry. */
  position: SourceSpan;
}

const LITERAL = /``([^`]+)``/g;
const BARE_NAME = /^[A-Za-z_][\w.\-[\]]*$/;

export function nameEntriesOf(cell: GridCell, file: string, sink: DiagnosticSink): NameEntry[] {
  const entries: NameEntry[] = [];
  let pendingSlash = false;
  for (const l of cell.lines) {
    const names = [...l.text.matchAll(LITERAL)].map((m) => (m[1] ?? "").trim());
    const rest = l.text.replace(LITERAL, " ").trim();
    const stray = rest.replace(/\//g, " ").trim();
    if (stray !== "") {
      if (names.length === 0 && BARE_NAME.test(stray)) names.push(stray);
      else {
        sink.report(
          inventoryRules["inventory/stray-cell-text"],
          `text in an Event Type cell that is not an event name: "${stray}"`,
          positionAt(file, l.start.line, l.start.column + Math.max(0, l.text.indexOf(stray))),
        );
      }
    }
    if (names.length === 0) continue;
    // Names on one line are one slash pair when a slash joins them, else separate events.
    const groups = rest.includes("/") ? [names] : names.map((n) => [n]);
    const last = entries.at(-1);
    const first = groups[0] ?? [];
    if (last && (pendingSlash || l.text.trim().startsWith("/"))) {
      last.names.push(...first);
      last.position.end = { line: l.start.line };
      groups.shift();
    }
    for (const g of groups)
      entries.push({ names: g, position: spanAt(file, l.start.line, l.start.column, l.start.line) });
    pendingSlash = l.text.trim().endsWith("/");
  }
  return entries;
}
