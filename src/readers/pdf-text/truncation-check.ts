// Whether the converted guide stops mid-way inside a chapter of the event reference: the chapter
// runs to the end of the text and its last block is cut (a code fence never closed, a table row
// with cells missing or an HTML tag left open, prose or a details cell that stops mid-sentence,
// a heading with nothing under it). A chapter that the text continues after is never cut; a text
// that ends on a complete block looks complete, whatever follows in the full guide.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { ReadResult } from "../reader.ts";
import type { Block } from "./block-types.ts";
import type { GuideChapter } from "./guide-outline.ts";
import { pdfTextRules } from "./rules.ts";
import { positionAt } from "../../model/position.ts";

const FENCE_CLOSE = /^```\s*$/;
/** Prose stops mid-sentence when it ends on a word, a comma, an opening bracket or a colon. */
const MID_SENTENCE = /[\p{L}\p{N}_,;:(\-–]$/u;
/** A details cell is prose when it has words; values like 'videoplayer' or dotted names have one. */
const PROSE_CELL = /\S\s+\S/;
const OPEN_TAG = /<(code|i|b|em|strong|li|ul)\b[^>]*>/g;
const PROSE_LABELS = new Set(["History", "Note", "Details"]);

/** Why prose looks cut: an inline literal or bold left open, or a sentence without its end. */
function proseCutReason(text: string, where: string): string | undefined {
  const trimmed = text.trimEnd();
  if ((trimmed.split("`").length - 1) % 2 === 1) return `inside an inline literal${where}`;
  if ((trimmed.split("**").length - 1) % 2 === 1) return `inside bold text${where}`;
  if ((trimmed.split("**").join("").split("*").length - 1) % 2 === 1) return `inside emphasis${where}`;
  return MID_SENTENCE.test(trimmed) ? `mid-sentence${where}` : undefined;
}

/** The reason a block looks cut, or undefined when it looks complete. */
function cutReason(block: Block, last: string): string | undefined {
  switch (block.kind) {
    case "code":
      return FENCE_CLOSE.test(last) ? undefined : "inside a code block that is never closed";
    case "table":
      return block.rows.length === 0 ? "after a table header with no rows" : rowCutReason(last, block.header.length);
    case "paragraph":
      return proseCutReason(block.text, "");
    case "labelled":
      return PROSE_LABELS.has(block.label) ? proseCutReason(block.value, "") : undefined;
    case "list": {
      // Items naming events ("- `page_close`") end without a stop; only prose items can stop mid-sentence.
      const item = block.items[block.items.length - 1]?.text ?? "";
      const reason = proseCutReason(item, " in a list item");
      return reason && (!reason.startsWith("mid") || PROSE_CELL.test(item)) ? reason : undefined;
    }
    case "member-fields":
      return block.none || block.rest !== "" ? undefined : "after a member-fields title with no fields under it";
    case "subheading":
      // A short line cut mid-sentence reads as a subheading: both are cuts.
      return "mid-sentence, or after a heading with nothing under it";
    case "heading":
    case "event-heading":
    case "example-title":
      return "after a heading with nothing under it";
  }
}

function rowCutReason(row: string, width: number): string | undefined {
  const cells = row.split("\t");
  if (cells.length < width) return `inside a table row with ${cells.length} of ${width} cells`;
  const opened = [...row.matchAll(OPEN_TAG)].map((m) => m[1] ?? "");
  const unclosed = opened.find((tag) => row.split(`<${tag}`).length > row.split(`</${tag}>`).length);
  if (unclosed) return `inside a table row with an unclosed <${unclosed}>`;
  // One row of the 2016 guide (line 5263) ends its details on a word; a text ending there is cut anyway.
  const details = (cells[cells.length - 1] ?? "").trim();
  if (PROSE_CELL.test(details) && MID_SENTENCE.test(details)) return "mid-sentence in a table row";
  return undefined;
}

function lastContentLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] ?? "").trim() !== "") return i + 1;
  return 0;
}

/**
 * Checks the last block of a chapter's blocks when the chapter is where the text ends; reports
 * `pdf-text/truncated` and returns the truncation when the text stops mid-way.
 */
export function findTruncation(
  blocks: readonly Block[],
  chapter: GuideChapter,
  lines: readonly string[],
  file: string,
  sink: DiagnosticSink,
): ReadResult["truncation"] {
  const end = lastContentLine(lines);
  const block = blocks[blocks.length - 1];
  if (!block || chapter.span.end.line < end || block.span.end.line < end) return undefined;
  const lastLine = (lines[end - 1] ?? "").trimEnd();
  const reason = cutReason(block, lastLine);
  if (reason === undefined) return undefined;
  const lastText = lastLine.trim();
  const column = Math.max(1, lastLine.length);
  sink.report(
    pdfTextRules["pdf-text/truncated"],
    `the text stops mid-way in chapter ${chapter.number} "${chapter.title}", ${reason}: "${lastText.slice(-60)}"`,
    positionAt(file, end, column),
  );
  return { position: positionAt(file, end, column), lastText };
}
