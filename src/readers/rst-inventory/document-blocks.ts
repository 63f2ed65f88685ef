// Splits the inventory into its few kinds of blocks: section titles, grid tables and prose
// paragraphs, each with the path of section titles above it. The inventory uses nothing else of
// RST, so a small line scanner is enough and keeps this reader independent of the full RST reader.
import { lineSpan, type SourceLine, type SourceSpan } from "../../model/position.ts";

interface BlockBase {
  /** The block's whole lines (a title's adornments included). */
  position: SourceSpan;
  /** Titles of the enclosing sections, outermost first (the block's own title included for titles). */
  path: string[];
}

export type InventoryBlock =
  | (BlockBase & { kind: "title"; text: string })
  | (BlockBase & { kind: "paragraph"; text: string })
  | (BlockBase & { kind: "table"; lines: SourceLine[] });

const ADORNMENT = /^([=\-~^"'`#*+_:.])\1+\s*$/;
const TABLE_START = /^\s*\+[-=]/;
const TABLE_LINE = /^\s*[+|]/;

function isAdornment(text: string | undefined): boolean {
  return text !== undefined && ADORNMENT.test(text);
}

export function scanInventoryBlocks(file: string, text: string): InventoryBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: InventoryBlock[] = [];
  const styles: string[] = [];
  const path: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const current = lines[i] ?? "";
    if (current.trim() === "") {
      i++;
      continue;
    }
    const overline = isAdornment(current) && isAdornment(lines[i + 2]) && (lines[i + 1] ?? "").trim() !== "";
    const underline = !isAdornment(current) && isAdornment(lines[i + 1]) && !TABLE_START.test(current);
    if (overline || underline) {
      const titleIndex = overline ? i + 1 : i;
      const adornment = lines[titleIndex + 1] ?? "";
      const style = `${overline ? "o" : "u"}${adornment[0] ?? ""}`;
      if (!styles.includes(style)) styles.push(style);
      const level = styles.indexOf(style);
      const title = (lines[titleIndex] ?? "").trim();
      path.splice(level, path.length, title);
      blocks.push({
        kind: "title",
        text: title,
        position: lineSpan(file, i + 1, titleIndex + 2),
        path: [...path],
      });
      i = titleIndex + 2;
      continue;
    }
    const start = i;
    if (TABLE_START.test(current)) {
      while (i < lines.length && TABLE_LINE.test(lines[i] ?? "")) i++;
      const tableLines = lines
        .slice(start, i)
        .map((t, k) => ({ text: t, file, start: { line: start + k + 1, column: 1 } }));
      blocks.push({ kind: "table", lines: tableLines, position: lineSpan(file, start + 1, i), path: [...path] });
      continue;
    }
    while (i < lines.length && (lines[i] ?? "").trim() !== "" && !isAdornment(lines[i + 1])) {
      if (i > start && TABLE_START.test(lines[i] ?? "")) break;
      i++;
    }
    if (i === start) i++;
    const paragraph = lines
      .slice(start, i)
      .map((t) => t.trim())
      .join("\n");
    blocks.push({ kind: "paragraph", text: paragraph, position: lineSpan(file, start + 1, i), path: [...path] });
  }
  return blocks;
}
