// Reads the alphabetical event list (upstream event_list.rst from Hawthorn on): list-tables with
// an Event / Description header whose second cell points at the section documenting the event
// with :ref:`label`. The label resolves to that section's title, the event's category.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { linesOf, lineSpan, type SourceSpan } from "../../model/position.ts";
import type { EventListEntry } from "../reader.ts";
import type { BlockNode, TableNode } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { plainTitle } from "./section-kinds.ts";

const REF = /:ref:`(?:[^`<]*<([^`>]+)>|([^`]+))`/;

/** label → section title, over every document of the release. */
export function collectLabels(blocks: readonly BlockNode[], into: Map<string, string>): void {
  for (const b of blocks) {
    if (b.type !== "section") continue;
    for (const label of b.labels)
      if (!into.has(label.toLowerCase())) into.set(label.toLowerCase(), plainTitle(b.title));
    collectLabels(b.children, into);
  }
}

export function isEventListTable(table: TableNode): boolean {
  const header = table.rows[0];
  return (
    table.headerRows >= 1 &&
    header?.length === 2 &&
    /^events?$/i.test(header[0]?.text.trim() ?? "") &&
    /^(?:description|section|category)$/i.test(header[1]?.text.trim() ?? "")
  );
}

export function readEventList(
  blocks: readonly BlockNode[],
  labels: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
  used: SourceSpan[],
): EventListEntry[] {
  const out: EventListEntry[] = [];
  const visit = (nodes: readonly BlockNode[]): void => {
    for (const node of nodes) {
      if (node.type === "section") visit(node.children);
      const table = node.type === "directive" ? node.table : node.type === "table" ? node : undefined;
      if (!table || !isEventListTable(table)) continue;
      used.push(linesOf(table.position));
      for (const row of table.rows.slice(table.headerRows)) {
        const [nameCell, refCell] = row;
        if (!nameCell) continue;
        const name = (/``([^`]+)``/.exec(nameCell.text)?.[1] ?? nameCell.text).trim();
        const ref = refCell ? REF.exec(refCell.text) : null;
        const label = (ref?.[1] ?? ref?.[2] ?? "").trim();
        let category = labels.get(label.toLowerCase());
        if (category === undefined) {
          category = label === "" ? (refCell?.text.trim() ?? "") : label;
          const at = refCell?.position ?? nameCell.position;
          sink.report(
            rstRules["rst/unresolved-reference"],
            `event list entry "${name}" points at "${label}", which no section carries`,
            at,
          );
        }
        const p = nameCell.position;
        out.push({
          name,
          category,
          provenance: lineSpan(p.file, p.start.line, refCell?.position.end.line ?? p.end.line),
        });
      }
    }
  };
  visit(blocks);
  return out;
}
