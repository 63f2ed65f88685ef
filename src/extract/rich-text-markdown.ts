// The Markdown-like text of the 2016 guide (descriptions, table cells, list items) read with
// remark-parse: backquoted literals, `**bold**`, `[text](#)` links, backslash escapes, lists and
// their edge cases (nesting, flanking, escapes) follow CommonMark, and every node keeps its
// position in the text. Constructs the PDF text never means are switched off in the tokenizer
// (indented code, headings, block quotes, thematic breaks, fenced code, images, HTML blocks), so
// an indented line stays prose and every HTML fragment is an inline `html` node, read by
// rich-text-html.ts. A link whose target the PDF lost (`#`) becomes a catalog reference.
import type { BlockContent, Html, Nodes, PhrasingContent, Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import { catalogRefLink } from "./catalog-ref.ts";
import { readHtmlFragments } from "./rich-text-html.ts";
import { undoPdfArtefacts } from "./rich-text-pdf-artefacts.ts";
import { extractRules } from "./rules.ts";
import { startOf } from "../model/position.ts";
import { pointToPlace, positionInSource, type TextOrigin } from "./text-origin.ts";

const OFF = [
  "codeIndented",
  "codeFenced",
  "headingAtx",
  "setextUnderline",
  "blockQuote",
  "thematicBreak",
  "htmlFlow",
  "labelStartImage",
];

function pdfMarkdown(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: OFF } }];
}

// Created once; `parse` is synchronous and keeps no state between texts.
const parser = unified().use(remarkParse).use(pdfMarkdown).freeze();

const KEPT_TARGET = /^(?:https?:\/\/|mailto:)\S+$/i;

function collapse(value: string): string {
  return value.replace(/\s+/g, " ");
}

/** Whitespace collapsed as a browser shows it; links with a lost target become catalog references. */
function tidy(node: Nodes): Nodes {
  if (node.type === "text" || node.type === "inlineCode") {
    node.value = collapse(node.value);
    return node;
  }
  if (!("children" in node)) return node;
  const children = (node.children as Nodes[]).map(tidy);
  (node as { children: Nodes[] }).children = children;
  if (node.type === "link" && !KEPT_TARGET.test(node.url)) {
    const phrasing = node.children as PhrasingContent[];
    const ref = catalogRefLink(phrasingToString(phrasing), phrasing);
    if (node.position) ref.position = node.position;
    return ref;
  }
  return node;
}

function phrasingToString(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => ("value" in n ? n.value : "children" in n ? phrasingToString(n.children as PhrasingContent[]) : ""))
    .join("");
}

/** Trims the white space at the edges of each paragraph (line ends the parser keeps as text). */
function trimEdges(node: Nodes): void {
  if (node.type === "paragraph") {
    const first = node.children[0];
    if (first?.type === "text") first.value = first.value.replace(/^\s+/, "");
    const last = node.children[node.children.length - 1];
    if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
    node.children = node.children.filter((c) => c.type !== "text" || c.value !== "");
    return;
  }
  if ("children" in node) for (const child of node.children as Nodes[]) trimEdges(child);
}

function isBlock(node: RootContent): node is BlockContent {
  if (node.type === "paragraph") return node.children.length > 0;
  return (
    node.type === "list" ||
    node.type === "heading" ||
    node.type === "code" ||
    node.type === "blockquote" ||
    node.type === "table"
  );
}

// Text with none of these is prose for CommonMark too (no inline construct can start, no list):
// markup characters, an underscore at a word edge, "•", a list marker or a digit-dot at a line start.
const MARKUP = /[`*[\]<>\\&!~|•]|(?:^|\W)_|_(?:\W|$)|^[ \t]*(?:[-+]|\d+[.)])(?:[ \t]|$)/m;

/** Paragraphs of text that holds no markup, as the parser would give them, without the parser. */
function prose(text: string): BlockContent[] {
  const blocks: BlockContent[] = [];
  let line = 1;
  for (const block of text.split(/(\n[ \t]*\n)/)) {
    const value = collapse(block).trim();
    const lines = block.split("\n");
    if (value !== "" && !/^\n[ \t]*\n$/.test(block)) {
      const lead = block.length - block.trimStart().length;
      const before = block.slice(0, lead).split("\n");
      const start = { line: line + before.length - 1, column: (before[before.length - 1]?.length ?? 0) + 1 };
      const end = { line: line + lines.length - 1, column: (lines[lines.length - 1]?.trimEnd().length ?? 0) + 1 };
      const position = { start, end };
      blocks.push({ type: "paragraph", children: [{ type: "text", value, position }], position });
    }
    line += lines.length - 1;
  }
  return blocks;
}

/** Every position of the tree mapped from the text to its source file. */
function placeTree(node: Nodes, origin: TextOrigin): void {
  if (node.position) node.position = positionInSource(node.position, origin);
  if ("children" in node) for (const child of node.children as Nodes[]) placeTree(child, origin);
}

/**
 * The PDF text's Markdown (with its HTML fragments) as mdast blocks. Positions are in `text`, or
 * in the source file when the reader gives the text's `origin` (after a list artefact was undone
 * they are those of the rewritten text). An HTML fragment kept as text is reported there.
 */
export function markdownToMdast(text: string, origin?: TextOrigin): BlockContent[] {
  const parsed = MARKUP.test(text) ? readTree(text, origin) : prose(text);
  if (origin) for (const block of parsed) placeTree(block, origin);
  return parsed;
}

function readTree(text: string, origin: TextOrigin | undefined): BlockContent[] {
  const sink = origin?.sink;
  const kept =
    sink && origin
      ? (node: Html) => {
          const at = node.position ? pointToPlace(node.position.start, origin) : startOf(origin.place);
          const message = `HTML fragment ${JSON.stringify(node.value.slice(0, 40))} is not one the guide's text uses, or is not closed; it is shown as text`;
          sink.report(extractRules["rich-text/html-as-text"], message, at);
        }
      : undefined;
  const tree = readHtmlFragments(parser.parse(undoPdfArtefacts(text)) as Root, kept);
  const tidied = tidy(tree) as Root;
  trimEdges(tidied);
  return tidied.children.filter(isBlock);
}
