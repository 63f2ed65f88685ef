// Block structure of RST and plain description text: paragraphs split by blank lines, bullet
// lists (`* `, `- `, `•`, and in RST whose line breaks were lost, items run together on one line
// as " * "), each holding inline markup (rst-inline.ts). The PDF text's Markdown is read by
// remark-parse instead (rich-text-markdown.ts).
import type { BlockContent, List, ListItem, Paragraph, PhrasingContent } from "mdast";
import { rstInlineToMdast } from "./rst-inline.ts";

export type InlineSyntax = "rst" | "plain";

function parseInline(text: string, syntax: InlineSyntax): PhrasingContent[] {
  return syntax === "rst" ? rstInlineToMdast(text) : [{ type: "text", value: text.replace(/\s+/g, " ") }];
}

type Chunk = { kind: "para"; text: string } | { kind: "list"; items: string[] };

const LINE_BULLET = /^\s*(?:[*\-•+])\s+(?=\S)/;
// A bullet run together with the text before it: " * ``name``", " • text" (not "3 * 4").
const INLINE_BULLET = /\s(?:\*|•)\s+(?=[^\s\d*])/;

function trimPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === "text") first.value = first.value.replace(/^\s+/, "");
  const last = nodes[nodes.length - 1];
  if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
  return nodes.filter((n) => n.type !== "text" || n.value !== "");
}

function paragraph(text: string, syntax: InlineSyntax): Paragraph | undefined {
  const children = trimPhrasing(parseInline(text, syntax));
  return children.length > 0 ? { type: "paragraph", children } : undefined;
}

/** Splits text at inline bullets: leading text, then one string per item. */
function splitInlineBullets(text: string, syntax: InlineSyntax): { lead: string; items: string[] } {
  if (syntax === "plain" && !text.includes("•")) return { lead: text, items: [] };
  const parts = text.split(new RegExp(INLINE_BULLET.source, "g"));
  const lead = parts.shift() ?? "";
  return { lead: lead.replace(LINE_BULLET, (b) => (b.includes("•") || syntax !== "plain" ? "" : b)), items: parts };
}

/** Lines of one blank-line-separated block: bullet lines start items, other lines continue. */
function chunksOfLines(block: string, syntax: InlineSyntax, out: Chunk[]): void {
  let para: string[] = [];
  let items: string[] | undefined;
  const flushPara = (): void => {
    if (para.length === 0) return;
    const { lead, items: inline } = splitInlineBullets(para.join("\n"), syntax);
    if (lead.trim() !== "") out.push({ kind: "para", text: lead });
    if (inline.length > 0) out.push({ kind: "list", items: inline });
    para = [];
  };
  for (const line of block.split("\n")) {
    const bullet = syntax !== "plain" || line.trimStart().startsWith("•") ? LINE_BULLET.exec(line) : null;
    if (bullet) {
      flushPara();
      if (!items) {
        items = [];
        out.push({ kind: "list", items });
      }
      items.push(line.slice(bullet[0].length));
    } else if (items && items.length > 0) {
      items[items.length - 1] += `\n${line}`;
    } else {
      para.push(line);
    }
  }
  flushPara();
}

/** Splits text into paragraphs (blank lines between) and lists. */
function chunksOf(text: string, syntax: InlineSyntax): Chunk[] {
  const out: Chunk[] = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    if (block.trim() !== "") chunksOfLines(block, syntax, out);
  }
  for (const chunk of out) if (chunk.kind === "list") chunk.items = chunk.items.filter((i) => i.trim() !== "");
  return out.filter((c) => c.kind === "para" || c.items.length > 0);
}

/** The mdast blocks of a description. */
export function parseBlocks(text: string, syntax: InlineSyntax): BlockContent[] {
  const blocks: BlockContent[] = [];
  for (const chunk of chunksOf(text, syntax)) {
    if (chunk.kind === "para") {
      const p = paragraph(chunk.text, syntax);
      if (p) blocks.push(p);
      continue;
    }
    const children: ListItem[] = [];
    for (const item of chunk.items) {
      const p = paragraph(item, syntax);
      if (p) children.push({ type: "listItem", spread: false, children: [p] });
    }
    if (children.length > 0) {
      const list: List = { type: "list", ordered: false, spread: false, children };
      blocks.push(list);
    }
  }
  return blocks;
}
