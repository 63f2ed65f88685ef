// The block parser: a line-based state machine in the manner of docutils. At the first line of
// each block it tries an ordered table of transitions (explicit markup, tables, titles, lists,
// quotes, paragraphs); the first that matches consumes its lines and returns nodes. Nested
// blocks (list items, quotes, directive bodies) run the same machine on dedented lines, without
// titles. Section titles come out flat and are nested by level afterwards (nest-sections.ts).
import { blockQuote, bulletList, enumeratedList, paragraph } from "./body-blocks.ts";
import { explicitMarkup } from "./explicit-markup.ts";
import { gridTable } from "./grid-table-adapter.ts";
import { checkRoles } from "./inline-roles.ts";
import { isBlank } from "./line-source.ts";
import type { ParseContext, Transition } from "./parse-context.ts";
import type { BlockNode, RstLine } from "./rst-tree.ts";
import { overlineTitle, transitionLine, underlineTitle } from "./section-titles.ts";
import { simpleTable } from "./simple-table.ts";

/** A table state whose rows are text: the lines it consumed are checked for unknown roles. */
function readingRows(table: Transition): Transition {
  return {
    name: table.name,
    run(lines, start, ctx, nested, parse) {
      const result = table.run(lines, start, ctx, nested, parse);
      if (result) checkRoles(lines.slice(start, result.next), ctx);
      return result;
    },
  };
}

const bodyTransitions: readonly Transition[] = [
  explicitMarkup,
  readingRows(gridTable),
  readingRows(simpleTable),
  overlineTitle,
  underlineTitle,
  transitionLine,
  bulletList,
  enumeratedList,
  blockQuote,
  paragraph,
];

export function parseBlocks(input: readonly RstLine[], ctx: ParseContext, nested: boolean): BlockNode[] {
  const lines = [...input];
  const nodes: BlockNode[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    let advanced = false;
    for (const transition of bodyTransitions) {
      const result = transition.run(lines, i, ctx, nested, parseBlocks);
      if (!result) continue;
      nodes.push(...result.nodes);
      if (result.insert) lines.splice(result.next, 0, ...result.insert);
      // A transition always consumes at least the line it matched.
      i = Math.max(result.next, i + 1);
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  return nodes;
}
