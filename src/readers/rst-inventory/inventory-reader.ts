// The reader of format "rst-inventory": the 2013 edx-platform `docs/data` "Tracking Logs", one
// inventory of event types in RST grid tables. A Common Fields table gives the common fields; an
// Event Types table gives the events, several sub-rows per event. Everything else is prose about
// the inventory and is reported as skipped.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Audience } from "../../model/event-schema.ts";
import { parseGridTable } from "../rst/grid-table.ts";
import { emptyReadResult, type EventDraft, type ReadResult, type Reader, type SourceText } from "../reader.ts";
import { scanInventoryBlocks, type InventoryBlock } from "./document-blocks.ts";
import { readEventTable } from "./event-table.ts";
import { readFieldTable } from "./field-table.ts";
import { eventColumnOf } from "./row-groups.ts";
import { inventoryRules } from "./rules.ts";
import { readLayout } from "./table-columns.ts";
import { linesOf, lineSpan, positionAt } from "../../model/position.ts";

function audienceOf(path: readonly string[]): Audience | undefined {
  if (path.some((t) => /\bstudent/i.test(t))) return "student";
  if (path.some((t) => /\b(instructor|course team|staff)/i.test(t))) return "course-team";
  return undefined;
}

function readTable(
  file: string,
  block: InventoryBlock & { kind: "table" },
  sink: DiagnosticSink,
  out: ReadResult,
): void {
  const table = parseGridTable(block.lines, file, sink);
  const skip = (reason: string): void => {
    out.skipped.push({
      position: linesOf(block.position),
      rule: inventoryRules["inventory/unknown-table"].id,
      reason,
    });
  };
  if (!table) return skip("the grid table could not be parsed");
  const layout = readLayout(table, eventColumnOf, sink);
  if (layout) {
    let audience = audienceOf(block.path);
    if (!audience) {
      audience = "general";
      sink.report(
        inventoryRules["inventory/no-audience-part"],
        'the inventory has no student or course-team part; its events get the audience "general"',
        positionAt(file, block.position.start.line, 1),
      );
    }
    const category = block.path.at(-1) ?? "Events";
    const read = readEventTable({ file, table, lines: block.lines, layout, sink }, { category, audience });
    out.events.push(...read.drafts);
    out.used.push(...read.used);
    out.skipped.push(...read.skipped);
    return;
  }
  const fields = readFieldTable(table, file, sink);
  if (fields) {
    out.commonFields.push(...fields);
    out.used.push(lineSpan(file, table.position.start.line, table.position.end.line));
    return;
  }
  const reason = "the table's header names neither common fields nor event types";
  sink.report(inventoryRules["inventory/unknown-table"], reason, positionAt(file, block.position.start.line, 1));
  skip(reason);
}

function readFile(source: SourceText, sink: DiagnosticSink, out: ReadResult): void {
  const blocks = scanInventoryBlocks(source.path, source.text);
  const usedBefore = out.used.length;
  const tableTitles = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind === "table") {
      const before = out.used.length;
      readTable(source.path, block, sink, out);
      if (out.used.length > before) {
        const title = blocks.findLast((b) => b.kind === "title" && b.position.start.line < block.position.start.line);
        if (title) tableTitles.set(title.position.start.line, title.position.end.line);
      }
    } else if (block.kind === "paragraph") {
      const reason = "introductory prose about the inventory, not about one event";
      sink.report(inventoryRules["inventory/prose-not-used"], reason, block.position);
      out.skipped.push({
        position: linesOf(block.position),
        rule: "inventory/prose-not-used",
        reason,
      });
    }
  }
  // A section title is used when it names the category or the common fields of a table under it.
  const titles = [...tableTitles].map(([line, endLine]) => lineSpan(source.path, line, endLine));
  out.used.splice(usedBefore, 0, ...titles);
}

/** Names documented in two rows (problem_check in the browser and on the server) get variants. */
function markVariants(events: EventDraft[], sink: DiagnosticSink): void {
  const byName = new Map<string, EventDraft[]>();
  for (const draft of events) {
    for (const name of draft.names) byName.set(name, [...(byName.get(name) ?? []), draft]);
  }
  for (const [name, drafts] of byName) {
    if (drafts.length < 2) continue;
    drafts.forEach((draft, k) => {
      draft.variant = draft.sources.join("-") || `row-${k + 1}`;
    });
    const lines = drafts.map((d) => `line ${d.provenance.start.line} (${d.variant ?? ""})`).join(", ");
    const second = drafts[1];
    sink.report(
      inventoryRules["inventory/documented-twice"],
      `\`${name}\` is documented in ${drafts.length} rows: ${lines}; each draft keeps its variant`,
      positionAt(second?.provenance.file ?? "", second?.provenance.start.line ?? 1, 1),
    );
  }
}

export const inventoryReader: Reader = {
  format: "rst-inventory",
  read(input, sink) {
    const out = emptyReadResult();
    for (const file of input.files) {
      readFile(file, sink, out);
    }
    markVariants(out.events, sink);
    return out;
  },
};
