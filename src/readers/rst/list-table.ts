// Reads the content of a `list-table` directive: a bullet list of rows, each a bullet list of
// cells. Cells keep their text (inline markup and nested bullet lists included) and their place,
// so that field extraction can report rows exactly.
import { startOf } from "../../model/position.ts";
import { cutLine, dedent, indentOf, isBlank, joinText, trimBlank } from "./line-source.ts";
import { type ParseContext, reportAt } from "./parse-context.ts";
import type { RstLine, TableCell, TableNode } from "./rst-tree.ts";
import { spanOf } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";

const MARKER = /^([*\-+])( +|$)/;

/** Splits lines (dedented so markers sit at column 0) into items, each with its marker removed. */
function splitBulletItems(lines: readonly RstLine[]): RstLine[][] {
  const items: RstLine[][] = [];
  let current: RstLine[] | undefined;
  let width = 2;
  for (const line of lines) {
    const m = indentOf(line) === 0 ? MARKER.exec(line.text) : null;
    if (m) {
      width = m[2] === "" ? 2 : (m[1]?.length ?? 1) + (m[2]?.length ?? 1);
      current = [cutLine(line, width)];
      items.push(current);
      continue;
    }
    if (!current) continue;
    current.push(...dedent([line], width));
  }
  return items;
}

function toCell(lines: readonly RstLine[], fallback: RstLine): TableCell {
  const body = trimBlank(lines);
  const text = joinText(dedent(body, 0)).trim();
  const position = body.length > 0 ? spanOf(body) : spanOf([fallback]);
  const cell: TableCell = {
    text: text
      .split("\n")
      .map((l) => l.trimEnd())
      .join("\n"),
    position,
  };
  if (body.length > 0) cell.lines = body.map(startOf);
  return cell;
}

export function parseListTable(
  content: readonly RstLine[],
  headerRows: number,
  ctx: ParseContext,
): TableNode | undefined {
  const body = trimBlank(content);
  const first = body[0];
  if (!first) return undefined;
  const rows: TableCell[][] = [];
  for (const rowLines of splitBulletItems(body)) {
    const marker = rowLines[0];
    if (!marker) continue;
    // Continuation lines of a row are indented under its text; bring the cells to column 0.
    const shift = Math.min(...rowLines.filter((l) => !isBlank(l)).map(indentOf));
    const cells = splitBulletItems(dedent(rowLines, Number.isFinite(shift) ? shift : 0));
    if (cells.length === 0) {
      reportAt(ctx, rstRules["rst/malformed-table"], "list-table row without cells", marker);
      continue;
    }
    rows.push(cells.map((c) => toCell(c, marker)));
  }
  const columns = Math.max(0, ...rows.map((r) => r.length));
  rows.forEach((row) => {
    const cell = row[0];
    if (cell && row.length < columns) {
      const message = `list-table row has ${row.length} cells, expected ${columns}`;
      reportAt(ctx, rstRules["rst/malformed-table"], message, startOf(cell.position));
    }
  });
  return { type: "table", kind: "list", headerRows, rows, position: spanOf(body) };
}
