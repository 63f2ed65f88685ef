// The one way description text becomes HTML: source markup is parsed into an mdast tree
// (never passed through), turned into hast, sanitised (rehype-sanitize's GitHub schema) and
// serialised. The plain text next to it is what search and comparison across releases use.
//
// These are the steps of unified's processor (remark-rehype → rehype-sanitize → rehype-stringify),
// called directly on the tree, which gives the same HTML (a test checks it) without the
// processor's per-call overhead; builds render tens of thousands of descriptions.
import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { BlockContent, PhrasingContent } from "mdast";
import { toHast } from "mdast-util-to-hast";
import rehypeSanitize from "rehype-sanitize";
import type { RichText } from "../model/common-schema.ts";
import { parseBlocks } from "./rich-text-blocks.ts";
import { markdownToMdast } from "./rich-text-markdown.ts";
import type { TextOrigin } from "./text-origin.ts";

export type MarkupSyntax = "rst" | "pdf" | "plain";

// The plugin's transformer is a pure function of the tree; created once.
const sanitizeTree = (rehypeSanitize as unknown as () => (tree: HastRoot) => HastRoot)();

function phrasingText(nodes: readonly PhrasingContent[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text" || node.type === "inlineCode") out += node.value;
    else if (node.type === "break") out += "\n";
    else if ("children" in node) out += phrasingText(node.children as PhrasingContent[]);
  }
  return out;
}

function blockText(block: BlockContent): string {
  if (block.type === "paragraph") return phrasingText(block.children);
  if (block.type === "list") {
    return block.children.map((item) => item.children.map((b) => blockText(b as BlockContent)).join("\n")).join("\n");
  }
  return "";
}

/** The mdast blocks of description text (paragraphs and lists), for callers that need the tree. */
export function textToMdast(text: string, syntax: MarkupSyntax, origin?: TextOrigin): BlockContent[] {
  return syntax === "pdf" ? markdownToMdast(text, origin) : parseBlocks(text, syntax);
}

/**
 * Parses description text into a tree and renders it: `text` is plain, `html` is safe. With the
 * text's `origin` (PDF text), the tree's positions and the problems found are placed in the source.
 */
export function textToRichText(text: string, syntax: MarkupSyntax, origin?: TextOrigin): RichText {
  const blocks = textToMdast(text, syntax, origin);
  if (blocks.length === 0) return { text: "", html: "" };
  const html = toHtml(sanitizeTree(toHast({ type: "root", children: blocks }) as HastRoot));
  return { text: blocks.map(blockText).join("\n\n"), html };
}
