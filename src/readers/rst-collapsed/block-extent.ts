// Where a block ends in the original text, for diagnostics that name a whole block.
import type { Block, FlowBlock } from "./block-model.ts";
import type { Word } from "./collapsed-words.ts";

/** Offset just past the block's last character. */
export function blockEndOffset(block: Block, words: readonly Word[]): number {
  switch (block.kind) {
    case "paragraph":
    case "target":
      return words[block.span.to - 1]?.end ?? 0;
    case "comment": {
      const last = block.children[block.children.length - 1];
      return last ? blockEndOffset(last, words) : (words[block.span.to - 1]?.end ?? 0);
    }
    case "bullets":
      return words[(block.items[block.items.length - 1]?.to ?? 1) - 1]?.end ?? 0;
    case "title":
      return words[block.under]?.end ?? 0;
    case "directive": {
      const content = block.content;
      const headEnd = words[(block.options[block.options.length - 1] ?? block.head).to - 1]?.end ?? 0;
      if (content.kind === "code") return content.end;
      if (content.kind === "text") return flowEnd(content.blocks, words) ?? headEnd;
      if (content.kind === "table") {
        const row = content.rows[content.rows.length - 1];
        const cell = row?.cells[row.cells.length - 1];
        return (cell && flowEnd(cell.blocks, words)) ?? (cell ? (words[cell.marker]?.end ?? headEnd) : headEnd);
      }
      return headEnd;
    }
  }
}

function flowEnd(blocks: readonly FlowBlock[], words: readonly Word[]): number | undefined {
  const last = blocks[blocks.length - 1];
  return last ? blockEndOffset(last, words) : undefined;
}
