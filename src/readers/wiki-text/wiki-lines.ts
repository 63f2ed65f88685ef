// Splits the wiki print into lines of tab-separated cells and groups them into sections and tables.
// The print lost all structure except tabs and blank lines, so headings are recognised as short
// untabbed lines between blank lines, and a table starts at a header row naming its columns.
import type { SourceLine } from "../../model/position.ts";

export interface WikiCell {
  /** The cell text, trimmed. */
  text: string;
  /** 1-based column of the cell's first character in the line. */
  column: number;
}

/** A line of the print (its text as printed, tabs included) and its tab-separated cells. */
export interface WikiLine extends SourceLine {
  cells: WikiCell[];
}

export interface WikiTable {
  header: WikiLine;
  /** Lines after the header up to the next header or heading, blank lines included. */
  rows: WikiLine[];
}

export interface WikiSection {
  /** The heading text, or "" for the text before the first heading. */
  title: string;
  /** Line of the heading (1 for the text before the first heading). */
  line: number;
  /** Untabbed, non-blank lines that are not headings (prose, bullets). */
  prose: WikiLine[];
  tables: WikiTable[];
  /** Tabbed lines before the first header row of the section. */
  strayRows: WikiLine[];
}

function splitCells(raw: string): WikiCell[] {
  const cells: WikiCell[] = [];
  let start = 0;
  for (const part of raw.split("\t")) {
    const lead = part.length - part.trimStart().length;
    // The wiki markup escaped dollar signs ("\\$URL", "\\$PAGE"); the print kept the backslash.
    cells.push({ text: part.trim().replace(/\\\$/g, "$"), column: start + lead + 1 });
    start += part.length + 1;
  }
  return cells;
}

export function textToWikiLines(file: string, text: string): WikiLine[] {
  const raws = text.replace(/\r\n?/g, "\n").split("\n");
  if (raws.length > 0 && raws[raws.length - 1] === "") raws.pop();
  return raws.map((raw, i) => ({
    file,
    start: { line: i + 1, column: 1 },
    text: raw,
    cells: raw.includes("\t") ? splitCells(raw) : [],
  }));
}

const isBlank = (l: WikiLine | undefined): boolean => l === undefined || l.text.trim() === "";

function isHeading(lines: readonly WikiLine[], i: number): boolean {
  const l = lines[i];
  if (!l || isBlank(l) || l.cells.length > 0) return false;
  const t = l.text.trim();
  if (t.length > 60 || /^[-*•]\s/.test(t) || /[.:;,]$/.test(t)) return false;
  return isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
}

/** Column names that mark a tab line as a table header: it names a type and a details column. */
function isHeaderRow(l: WikiLine): boolean {
  const joined = l.cells.map((c) => c.text.toLowerCase()).join("\t");
  return /(^|\t)type(\t|$)/.test(joined) && /(^|\t)details(\t|$)/.test(joined);
}

export function groupSections(lines: readonly WikiLine[]): WikiSection[] {
  const sections: WikiSection[] = [];
  let current: WikiSection = { title: "", line: 1, prose: [], tables: [], strayRows: [] };
  let table: WikiTable | undefined;
  lines.forEach((l, i) => {
    if (isHeading(lines, i)) {
      if (current.title !== "" || current.prose.length + current.tables.length + current.strayRows.length > 0)
        sections.push(current);
      current = { title: l.text.trim(), line: l.start.line, prose: [], tables: [], strayRows: [] };
      table = undefined;
    } else if (l.cells.length > 0 && isHeaderRow(l)) {
      table = { header: l, rows: [] };
      current.tables.push(table);
    } else if (l.cells.length > 0) {
      if (table) table.rows.push(l);
      else current.strayRows.push(l);
    } else if (isBlank(l)) {
      if (table) table.rows.push(l);
    } else {
      table = undefined;
      current.prose.push(l);
    }
  });
  sections.push(current);
  return sections;
}
