// Connects the grid-table parser (grid-table.ts, its own module) to the block parser: cuts the
// table's lines, hands them over, and turns its rows into the tree's table node. A table the
// parser cannot read becomes a skipped block, never an exception.
import { type SourceLine, spanAt } from "../../model/position.ts";
import { parseGridTable } from "./grid-table.ts";
import { isBlank } from "./line-source.ts";
import { skipBlock, type Transition } from "./parse-context.ts";
import type { TableCell, TableNode } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";

const GRID_START = /^\+(?:[-=]+\+)+\s*$/;

export const gridTable: Transition = {
  name: "grid-table",
  run(lines, start, ctx) {
    const top = lines[start];
    if (!top || !GRID_START.test(top.text)) return undefined;
    let end = start;
    while (end < lines.length && !isBlank(lines[end]) && /^[+|]/.test(lines[end]?.text ?? "")) end++;
    const block = lines.slice(start, end);
    const last = block[block.length - 1] ?? top;
    const gridLines: SourceLine[] = block.map((l) => ({ text: l.text.trimEnd(), file: l.file, start: l.start }));
    const grid = parseGridTable(gridLines, top.file, ctx.sink);
    if (!grid) {
      skipBlock(ctx, rstRules["rst/grid-table-unreadable"], "grid table could not be read", top, last.start.line);
      return { nodes: [], next: end };
    }
    const rows: TableCell[][] = grid.rows.map((row) =>
      row.cells.map((cell) => {
        const firstLine = cell.lines[0];
        const text = cell.lines
          .map((l) => l.text.trimEnd())
          .join("\n")
          .trim();
        return {
          text,
          position: spanAt(
            top.file,
            cell.position.start.line,
            firstLine?.start.column ?? top.start.column,
            cell.position.end.line,
          ),
        };
      }),
    );
    const table: TableNode = {
      type: "table",
      kind: "grid",
      headerRows: grid.headerRows,
      rows,
      // The table starts at the left edge of its top border, which is `top`'s first character.
      position: grid.position,
    };
    return { nodes: [table], next: end };
  },
};
