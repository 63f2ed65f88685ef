// Turns file text into the line records the block parser consumes, and offers the few line
// operations the parser's states share: blank tests, indentation, dedenting an indented block
// while keeping each line's true column, and cutting the indented block that follows a marker.
import type { RstLine } from "./rst-tree.ts";

export function toRstLines(file: string, text: string, includeChain: readonly string[] = []): RstLine[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  if (raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
  // Tabs expand to 8-column stops as docutils does; nothing else of the text changes.
  return raw.map((t, i) => ({ text: expandTabs(t), file, start: { line: i + 1, column: 1 }, includeChain }));
}

function expandTabs(text: string): string {
  if (!text.includes("\t")) return text;
  let out = "";
  for (const ch of text) out += ch === "\t" ? " ".repeat(8 - (out.length % 8)) : ch;
  return out;
}

export function isBlank(line: RstLine | undefined): boolean {
  return line !== undefined && line.text.trim() === "";
}

export function indentOf(line: RstLine): number {
  return line.text.length - line.text.trimStart().length;
}

/** The line from its character `by` (0-based) on, its start moved along; `text` when what is kept is not just the rest. */
export function cutLine(line: RstLine, by: number, text = line.text.slice(by)): RstLine {
  // Lines are never changed once made, so a line that loses nothing is shared rather than copied.
  if (by === 0) return text === line.text ? line : { ...line, text };
  return { ...line, text, start: { line: line.start.line, column: line.start.column + by } };
}

/** Removes `by` leading columns (fewer on lines that have less), moving the column along. */
export function dedent(lines: readonly RstLine[], by: number): RstLine[] {
  return lines.map((l) => cutLine(l, Math.min(by, indentOf(l), l.text.length)));
}

export function minIndent(lines: readonly RstLine[]): number {
  let min = Infinity;
  for (const l of lines) if (l.text.trim() !== "") min = Math.min(min, indentOf(l));
  return min === Infinity ? 0 : min;
}

/** Drops blank lines at both ends. */
export function trimBlank(lines: readonly RstLine[]): RstLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end);
}

/**
 * The lines from `start` that belong to an indented block: blank lines, and lines indented by at
 * least `minimum` columns. Stops at the first non-blank line indented less. Trailing blanks are
 * left out of the block (they separate it from what follows).
 */
export function indentedBlockEnd(lines: readonly RstLine[], start: number, minimum: number): number {
  let end = start;
  let i = start;
  while (i < lines.length) {
    const l = lines[i];
    if (!l) break;
    if (l.text.trim() === "") {
      i++;
      continue;
    }
    if (indentOf(l) < minimum) break;
    i++;
    end = i;
  }
  return end;
}

export function joinText(lines: readonly RstLine[]): string {
  return lines.map((l) => l.text).join("\n");
}
