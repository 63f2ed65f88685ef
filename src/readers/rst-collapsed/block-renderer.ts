// Renders blocks back into RST lines: each line is indentation plus one verbatim slice of the
// collapsed text, blank lines between blocks, directive options and content indented under their
// directive, list-table cells under their `* -` / `-` markers, a commented-out section under its
// comment.
import type { Block, FlowBlock, TableRow, WordSpan } from "./block-model.ts";
import type { Word } from "./collapsed-words.ts";
import { blankLine, type RestoredLine } from "./line-map.ts";

const DIRECTIVE_INDENT = 3;
/** Width of `* - ` / `  - `: cell content continues under the cell's first character. */
const CELL_INDENT = 4;

export function renderBlocks(blocks: readonly Block[], words: readonly Word[]): RestoredLine[] {
  const out: RestoredLine[] = [];
  for (const block of blocks) renderBlock(block, 0, words, out);
  while (out.length > 0 && isBlank(out[out.length - 1])) out.pop();
  return out;
}

function renderBlock(block: Block, indent: number, words: readonly Word[], out: RestoredLine[]): void {
  switch (block.kind) {
    case "paragraph":
    case "target":
      pushSpan(out, indent, block.span, words);
      break;
    case "bullets":
      for (const item of block.items) pushSpan(out, indent, item, words);
      break;
    case "title":
      if (block.over !== undefined) pushSpan(out, indent, { from: block.over, to: block.over + 1 }, words);
      pushSpan(out, indent, block.title, words);
      pushSpan(out, indent, { from: block.under, to: block.under + 1 }, words);
      break;
    case "comment":
      pushSpan(out, indent, block.span, words);
      pushBlank(out);
      for (const child of block.children) renderBlock(child, indent + DIRECTIVE_INDENT, words, out);
      break;
    case "directive":
      renderDirective(block, indent, words, out);
      break;
  }
  pushBlank(out);
}

function renderDirective(
  block: Extract<Block, { kind: "directive" }>,
  indent: number,
  words: readonly Word[],
  out: RestoredLine[],
): void {
  pushSpan(out, indent, block.head, words);
  const inner = indent + DIRECTIVE_INDENT;
  for (const option of block.options) pushSpan(out, inner, option, words);
  const content = block.content;
  if (content.kind === "none") return;
  pushBlank(out);
  if (content.kind === "code") {
    // The example's own line breaks are lost and cannot be rebuilt: its code stays one line.
    out.push({ indent: inner, start: content.start, end: content.end });
  } else if (content.kind === "text") {
    for (const b of content.blocks) renderBlock(b, inner, words, out);
  } else {
    for (const row of content.rows) renderRow(row, inner, words, out);
  }
}

function renderRow(row: TableRow, indent: number, words: readonly Word[], out: RestoredLine[]): void {
  row.cells.forEach((cell, c) => {
    const markerIndent = c === 0 ? indent : indent + 2;
    const [first, ...rest] = cell.blocks;
    const markerWords = c === 0 ? 2 : 1;
    if (first?.kind === "paragraph") {
      pushSpan(out, markerIndent, { from: cell.marker, to: first.span.to }, words);
    } else {
      pushSpan(out, markerIndent, { from: cell.marker, to: cell.marker + markerWords }, words);
      if (first) rest.unshift(first);
    }
    if (rest.length === 0) return;
    for (const b of rest) {
      pushBlank(out);
      renderFlow(b, indent + CELL_INDENT, words, out);
    }
    pushBlank(out);
  });
}

function renderFlow(block: FlowBlock, indent: number, words: readonly Word[], out: RestoredLine[]): void {
  if (block.kind === "paragraph") pushSpan(out, indent, block.span, words);
  else for (const item of block.items) pushSpan(out, indent, item, words);
}

function pushSpan(out: RestoredLine[], indent: number, span: WordSpan, words: readonly Word[]): void {
  const first = words[span.from];
  const last = words[span.to - 1];
  if (!first || !last || span.to <= span.from) return;
  out.push({ indent, start: first.start, end: last.end });
}

function pushBlank(out: RestoredLine[]): void {
  const last = out[out.length - 1];
  if (last && !isBlank(last)) out.push(blankLine(last.end));
}

function isBlank(line: RestoredLine | undefined): boolean {
  return line !== undefined && line.end === line.start;
}
