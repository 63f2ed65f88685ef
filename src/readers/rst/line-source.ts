// Turns file text into the line records the block parser consumes, and offers the few line
// operations the parser's states share: blank tests, indentation, dedenting an indented block
// while keeping each line's true column, and cutting the indented block that follows a marker.
import type { SourceLine } from "./rst-tree.ts";

export function toSourceLines(file: string, text: string, includeChain: readonly string[] = []): SourceLine[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  if (raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
  // Tabs expand to 8-column stops as docutils does; nothing else of the text changes.
  return raw.map((t, i) => ({ text: expandTabs(t), file, line: i + 1, column: 1, includeChain }));
}

function expandTabs(text: string): string {
  if (!text.includes("\t")) return text;
  let out = "";
  for (const ch of text) out += ch === "\t" ? " ".repeat(8 - (out.length % 8)) : ch;
  return out;
}

export function isBlank(line: SourceLine | undefined): boolean {
  return line !== undefined && line.text.trim() === "";
}

export function indentOf(line: SourceLine): number {
  return line.text.length - line.text.trimStart().length;
}

/** Removes `by` leading columns (fewer on lines that have less), moving the column along. */
export function dedent(lines: readonly SourceLine[], by: number): SourceLine[] {
  return lines.map((l) => {
    const cut = Math.min(by, indentOf(l), l.text.length);
    return { ...l, text: l.text.slice(cut), column: l.column + cut };
  });
}

export function minIndent(lines: readonly SourceLine[]): number {
  let min = Infinity;
  for (const l of lines) if (l.text.trim() !== "") min = Math.min(min, indentOf(l));
  return min === Infinity ? 0 : min;
}

/** Drops blank lines at both ends. */
export function trimBlank(lines: readonly SourceLine[]): SourceLine[] {
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
export function indentedBlockEnd(lines: readonly SourceLine[], start: number, minimum: number): number {
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

export function joinText(lines: readonly SourceLine[]): string {
  return lines.map((l) => l.text).join("\n");
}
