// The body-element states that are not explicit markup, tables or titles: bullet and enumerated
// lists (items nest by indentation), block quotes, and paragraphs, with the `::` literal block
// that may follow a paragraph. Each is one row of the block parser's transition table.
import { positionAt, startOf } from "../../model/position.ts";
import { cutLine, dedent, indentedBlockEnd, indentOf, isBlank, joinText, minIndent } from "./line-source.ts";
import {
  type BlockParser,
  type ParseContext,
  reportAt,
  type Transition,
  type TransitionResult,
} from "./parse-context.ts";
import { checkRoles } from "./inline-roles.ts";
import { type BlockNode, type ListItemNode, type RstLine, spanOf } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { adornmentChar } from "./section-titles.ts";

const BULLET = /^([-*+•])(?: +|$)/;
const ENUMERATOR = /^(?:(\d+|#|[a-zA-Z])[.)]|\((\d+|#|[a-zA-Z])\))(?: +|$)/;
const EXPLICIT = /^\.\.(?: |$)/;

function listTransition(name: string, pattern: RegExp, ordered: boolean): Transition {
  return {
    name,
    run(lines, start, ctx, _nested, parse) {
      const first = lines[start];
      if (!first || indentOf(first) > 0 || !pattern.test(first.text)) return undefined;
      const items: ListItemNode[] = [];
      let i = start;
      const markerChar = first.text[0];
      while (i < lines.length) {
        const line = lines[i];
        const m = line ? pattern.exec(line.text) : null;
        if (!line || !m || indentOf(line) > 0 || (!ordered && line.text[0] !== markerChar)) break;
        const width = m[0].length === line.text.length ? m[0].length + 1 : m[0].length;
        const end = Math.max(i + 1, indentedBlockEnd(lines, i + 1, Math.min(width, 2)));
        const head = cutLine(line, m[0].length);
        const rest = lines.slice(i + 1, end);
        const body = [head, ...dedent(rest, Math.min(width, minIndent(rest) || width))];
        const itemLines = lines.slice(i, end);
        items.push({ type: "listItem", children: parse(body, ctx, true), position: spanOf(itemLines) });
        i = end;
        let j = i;
        while (j < lines.length && isBlank(lines[j])) j++;
        const following = lines[j];
        if (!following || indentOf(following) > 0 || !pattern.test(following.text)) break;
        if (!ordered && following.text[0] !== markerChar) break;
        i = j;
      }
      const last = items[items.length - 1];
      const position = { ...spanOf([first]), end: { line: last?.position.end.line ?? first.start.line } };
      return { nodes: [{ type: "list", ordered, items, position }], next: i };
    },
  };
}

export const bulletList = listTransition("bullet-list", BULLET, false);
export const enumeratedList = listTransition("enumerated-list", ENUMERATOR, true);

function indentedBlock(
  lines: readonly RstLine[],
  start: number,
  ctx: ParseContext,
  parse: BlockParser,
): TransitionResult {
  const end = indentedBlockEnd(lines, start, 1);
  const block = lines.slice(start, end);
  const children = parse(dedent(block, minIndent(block)), ctx, true);
  return { nodes: [{ type: "blockQuote", children, position: spanOf(block) }], next: end };
}

export const blockQuote: Transition = {
  name: "block-quote",
  run(lines, start, ctx, _nested, parse) {
    const line = lines[start];
    if (!line || indentOf(line) === 0) return undefined;
    return indentedBlock(lines, start, ctx, parse);
  },
};

/** Ends a paragraph at a blank line, an explicit-markup line, a change of indent or a title. */
function paragraphEnd(lines: readonly RstLine[], start: number, ctx: ParseContext): number {
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] as RstLine;
    if (isBlank(line)) break;
    if (EXPLICIT.test(line.text)) {
      reportAt(
        ctx,
        rstRules["rst/missing-blank-line"],
        "explicit markup interrupts a paragraph without a blank line",
        line,
      );
      break;
    }
    if (indentOf(line) > 0) break;
    if (adornmentChar(lines[i + 1]) !== undefined && adornmentChar(line) === undefined) break;
  }
  return i;
}

export const paragraph: Transition = {
  name: "paragraph",
  run(lines, start, ctx, _nested, parse) {
    const end = paragraphEnd(lines, start, ctx);
    const own = lines.slice(start, end);
    checkRoles(own, ctx);
    let text = joinText(dedent(own, 0)).trim();
    const nodes: BlockNode[] = [];
    const literal = text.endsWith("::");
    if (literal) text = text === "::" ? "" : text.replace(/\s*::$/, text.endsWith(" ::") ? "" : ":");
    if (text !== "") nodes.push({ type: "paragraph", text, position: spanOf(own), lines: own.map(startOf) });
    let next = end;
    const following = lines[end];
    if (following && !isBlank(following) && indentOf(following) > 0) {
      // Text indented under a paragraph without a blank line: docutils would call it a definition
      // list or an error; it is kept as a block quote after the paragraph.
      reportAt(ctx, rstRules["rst/unexpected-indentation"], "unexpected indentation after a paragraph", following);
      const quote = indentedBlock(lines, end, ctx, parse);
      nodes.push(...quote.nodes);
      next = quote.next;
    } else if (literal) {
      let j = end;
      while (j < lines.length && isBlank(lines[j])) j++;
      const body = lines[j];
      if (body && indentOf(body) > 0) {
        const blockEnd = indentedBlockEnd(lines, j, 1);
        const block = lines.slice(j, blockEnd);
        const dedented = dedent(block, minIndent(block));
        nodes.push({ type: "literal", text: joinText(dedented), position: spanOf(dedented) });
        next = blockEnd;
      } else {
        const last = own[own.length - 1] as RstLine;
        const at = positionAt(last.file, last.start.line, last.start.column + last.text.trimEnd().length - 2);
        reportAt(
          ctx,
          rstRules["rst/empty-literal-block"],
          "`::` announces a literal block, but no indented block follows",
          at,
        );
      }
    }
    return { nodes, next };
  },
};
