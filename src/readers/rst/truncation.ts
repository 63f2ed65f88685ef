// Tells whether a file stops before its end: its last block is a paragraph cut mid-sentence, or
// a table whose last row has fewer cells than the others. Well-formed upstream files end with a
// full stop; a cut copy does not.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { ReadResult } from "../reader.ts";
import type { BlockNode, TableNode } from "./rst-tree.ts";
import { readLabel } from "./labelled-paragraph.ts";
import { rstRules } from "./rules.ts";
import { positionAt } from "../../model/position.ts";

function lastBlock(blocks: readonly BlockNode[]): BlockNode | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (!b || b.type === "target" || b.type === "comment") continue;
    if (b.type === "section") return lastBlock(b.children) ?? b;
    return b;
  }
  return undefined;
}

function shortLastRow(table: TableNode): boolean {
  const widths = table.rows.map((r) => r.length);
  const last = widths[widths.length - 1] ?? 0;
  return widths.length > 1 && last < Math.max(...widths);
}

export function findTruncation(blocks: readonly BlockNode[], sink: DiagnosticSink): ReadResult["truncation"] {
  const block = lastBlock(blocks);
  if (!block) return undefined;
  let lastText: string | undefined;
  // Labelled paragraphs ("**Details:** string", "**Member Fields**: None") end without a stop.
  const labelled = block.type === "paragraph" && readLabel(block.text) !== undefined;
  if (block.type === "paragraph" && !labelled && /[\w,;]$/.test(block.text.trim()))
    lastText = block.text.trim().split("\n").pop();
  const table = block.type === "directive" ? block.table : block.type === "table" ? block : undefined;
  if (table && shortLastRow(table)) lastText = table.rows[table.rows.length - 1]?.map((c) => c.text).join(" | ");
  if (lastText === undefined) return undefined;
  const p = block.position;
  sink.report(
    rstRules["rst/truncated"],
    `the text stops mid-way: "${lastText.slice(-60)}"`,
    positionAt(p.file, p.end.line, 1),
  );
  return { position: positionAt(p.file, p.end.line, 1), lastText };
}
