// Block structure of description text: paragraphs split by blank lines (or `<p>` in the PDF
// text), bullet lists (`* `, `- `, `•`, `<ul>`/`<li>`, and in RST whose line breaks were lost,
// items run together on one line as " * "), each holding inline markup.
import type { BlockContent, List, ListItem, Paragraph, PhrasingContent } from "mdast";
import { type InlineSyntax, parseInline } from "./rich-text-inline.ts";

type Chunk = { kind: "para"; text: string } | { kind: "list"; items: string[] };

const BLOCK_TAG = /<\/?p\s*>|<ul(?:\s[^>]*)?>|<\/ul\s*>|<\/?li\s*>|<ol(?:\s[^>]*)?>|<\/ol\s*>/gi;
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

/** Splits text into paragraphs and lists, honouring the PDF text's `<p>` / `<ul>` / `<li>` tags. */
function chunksOf(text: string, syntax: InlineSyntax): Chunk[] {
  const out: Chunk[] = [];
  const normalised = text.replace(/\r\n?/g, "\n");
  const pieces: { text: string; inList: boolean; item: boolean }[] = [];
  let inList = false;
  let at = 0;
  const tags = syntax === "plain" ? [] : [...normalised.matchAll(BLOCK_TAG)];
  for (const tag of tags) {
    pieces.push({ text: normalised.slice(at, tag.index), inList, item: false });
    const name = tag[0].toLowerCase();
    if (name.startsWith("<ul") || name.startsWith("<ol")) inList = true;
    else if (name.startsWith("</ul") || name.startsWith("</ol")) inList = false;
    pieces.push({ text: "", inList, item: name === "<li>" });
    at = tag.index + tag[0].length;
  }
  pieces.push({ text: normalised.slice(at), inList, item: false });
  let list: string[] | undefined;
  for (const piece of pieces) {
    if (!piece.inList) {
      list = undefined;
      for (const block of piece.text.split(/\n[ \t]*\n/)) if (block.trim() !== "") chunksOfLines(block, syntax, out);
      continue;
    }
    if (!list) {
      list = [];
      out.push({ kind: "list", items: list });
    }
    if (piece.item || list.length === 0) list.push(piece.text);
    else list[list.length - 1] += ` ${piece.text}`;
    // Items of a `<ul>` without `<li>` are marked by bullets in the text.
    const last = list.pop() ?? "";
    const split = last.split(/\s*•\s*/);
    if (split.length > 1 && (split[0] ?? "").trim() === "") split.shift();
    list.push(...split);
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
