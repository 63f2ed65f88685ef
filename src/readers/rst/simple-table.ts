// Simple tables (`=====  =====` borders) and csv-table content. Simple tables are cut into columns
// at the border's runs of `=`; a row whose first column is blank continues the row above, as in
// docutils. The csv reader handles quoted values with doubled quotes, nothing more.
import { spanAt } from "../../model/position.ts";
import { isBlank } from "./line-source.ts";
import type { ParseContext, Transition } from "./parse-context.ts";
import { reportAt } from "./parse-context.ts";
import type { RstLine, TableCell, TableNode } from "./rst-tree.ts";
import { spanOf } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";

const BORDER = /^=+( +=+)+\s*$/;

function columnsOf(border: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of border.matchAll(/=+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function cellsOf(line: RstLine, columns: readonly { start: number; end: number }[]): TableCell[] {
  return columns.map((c, i) => {
    const end = i === columns.length - 1 ? line.text.length : (columns[i + 1]?.start ?? line.text.length);
    const raw = line.text.slice(c.start, end);
    const lead = raw.length - raw.trimStart().length;
    const column = line.start.column + c.start + lead;
    return {
      text: raw.trim(),
      position: spanAt(line.file, line.start.line, column, line.start.line),
      lines: [{ file: line.file, start: { line: line.start.line, column } }],
    };
  });
}

export const simpleTable: Transition = {
  name: "simple-table",
  run(lines, start, ctx) {
    const top = lines[start];
    if (!top || !BORDER.test(top.text)) return undefined;
    const columns = columnsOf(top.text);
    const rows: TableCell[][] = [];
    let borders = 1;
    let headerRows = 0;
    let i = start + 1;
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (!line) break;
      if (BORDER.test(line.text)) {
        borders++;
        const after = lines[i + 1];
        if (after === undefined || isBlank(after)) {
          i++;
          break;
        }
        headerRows = rows.length;
        continue;
      }
      if (isBlank(line)) continue;
      const cells = cellsOf(line, columns);
      const previous = rows[rows.length - 1];
      if (previous && cells[0]?.text === "") {
        cells.forEach((cell, c) => {
          const target = previous[c];
          if (target && cell.text !== "") {
            const own = cell.lines ?? [];
            target.lines = target.text === "" ? own : [...(target.lines ?? []), ...own];
            target.text = target.text === "" ? cell.text : `${target.text}\n${cell.text}`;
            target.position = { ...target.position, end: { line: line.start.line } };
          }
        });
        continue;
      }
      rows.push(cells);
    }
    if (borders < 2) {
      reportAt(ctx, rstRules["rst/malformed-table"], "simple table without a closing border", top);
    }
    const used = lines.slice(start, i);
    const table: TableNode = { type: "table", kind: "simple", headerRows, rows, position: spanOf(used) };
    return { nodes: [table], next: i };
  },
};

function splitCsvLine(text: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

export function parseCsvTable(
  content: readonly RstLine[],
  header: string | undefined,
  headerLine: RstLine,
  ctx: ParseContext,
): TableNode {
  const rows: TableCell[][] = [];
  const toRow = (line: RstLine, text: string): TableCell[] =>
    splitCsvLine(text).map((t) => ({
      text: t,
      position: spanAt(line.file, line.start.line, line.start.column, line.start.line),
    }));
  if (header !== undefined) rows.push(toRow(headerLine, header));
  for (const line of content) if (!isBlank(line)) rows.push(toRow(line, line.text));
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width)) {
    reportAt(ctx, rstRules["rst/malformed-table"], "csv-table rows have different numbers of cells", headerLine);
  }
  const placed = content.filter((l) => !isBlank(l));
  const position = spanOf(placed.length > 0 ? placed : [headerLine]);
  return { type: "table", kind: "csv", headerRows: header === undefined ? 0 : 1, rows, position };
}
