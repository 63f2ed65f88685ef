// The HTML fragments of the PDF-derived text (`<code>`, `<i>`, `<p>`, `<ul>`, `<li>`, `<br>`)
// become the matching mdast nodes through the tools made for HTML: remark-parse leaves them as
// `html` nodes, hast-util-raw parses them with parse5 (as a browser would, so a `<p>` or `<ul>`
// ends the paragraph around it), rehype-sanitize drops attributes such as `style`, and
// hast-util-to-mdast gives back inline code, emphasis, strong, paragraphs and lists. Only the
// tags the guide uses are read as HTML, and an inline one only when the text closes it; every
// other fragment (`<script>`, `<blink>`, an unclosed `<i>`) stays text, so source HTML never
// reaches a page.
import type { Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { toMdast } from "hast-util-to-mdast";
import type { Html, Nodes, Parents, PhrasingContent, Root, Text } from "mdast";
import { phrasing } from "mdast-util-phrasing";
import { toHast } from "mdast-util-to-hast";
import rehypeSanitize from "rehype-sanitize";

const INLINE_TAGS: ReadonlySet<string> = new Set(["code", "tt", "i", "em", "b", "strong"]);
const BLOCK_TAGS: ReadonlySet<string> = new Set(["p", "ul", "ol", "li", "br"]);
const TAG = /^<(\/?)([a-z]+)(?:\s[^<>]*)?\/?>$/i;

const sanitizeTree = (rehypeSanitize as unknown as () => (tree: HastRoot) => HastRoot)();

interface TagRef {
  node: Html;
  name: string;
  closing: boolean;
}

function collectTags(node: Nodes, out: TagRef[], other: Html[]): void {
  if (node.type === "html") {
    const m = TAG.exec(node.value.trim());
    const name = m?.[2]?.toLowerCase();
    if (m && name !== undefined && (INLINE_TAGS.has(name) || BLOCK_TAGS.has(name))) {
      out.push({ node, name, closing: m[1] === "/" });
    } else other.push(node);
    return;
  }
  if ("children" in node) for (const child of node.children) collectTags(child as Nodes, out, other);
}

/** The html nodes to keep as text: anything not ours, and inline tags the text does not balance. */
function textTags(root: Root): Set<Html> {
  const tags: TagRef[] = [];
  const asText: Html[] = [];
  collectTags(root, tags, asText);
  const open: TagRef[] = [];
  const kept = new Set<Html>();
  for (const tag of tags) {
    if (!INLINE_TAGS.has(tag.name)) {
      kept.add(tag.node);
    } else if (!tag.closing) {
      open.push(tag);
    } else {
      const at = open.map((t) => t.name).lastIndexOf(tag.name);
      if (at < 0) continue;
      const [opener] = open.splice(at, 1);
      if (opener) kept.add(opener.node);
      kept.add(tag.node);
    }
  }
  return new Set([...asText, ...tags.map((t) => t.node).filter((n) => !kept.has(n))]);
}

/** Replaces the given html nodes by text and joins the text nodes that then touch. */
function htmlToText(parent: Parents, asText: ReadonlySet<Html>): void {
  const children: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    const node: Nodes = child.type === "html" && asText.has(child) ? toText(child) : child;
    const last = children[children.length - 1];
    if (node.type === "text" && last?.type === "text") {
      last.value += node.value;
      if (last.position && node.position) last.position = { start: last.position.start, end: node.position.end };
    } else children.push(node);
    if ("children" in node) htmlToText(node, asText);
  }
  (parent as { children: Nodes[] }).children = children;
}

function toText(node: Html): Text {
  return node.position
    ? { type: "text", value: node.value, position: node.position }
    : { type: "text", value: node.value };
}

function hasHtml(node: Nodes): boolean {
  if (node.type === "html") return true;
  return "children" in node && (node.children as Nodes[]).some(hasHtml);
}

/** Phrasing that hast-util-to-mdast leaves directly in a list item or the root, in paragraphs. */
function wrapPhrasing(parent: Parents): void {
  const out: Nodes[] = [];
  let run: PhrasingContent[] | undefined;
  for (const child of parent.children as Nodes[]) {
    if (phrasing(child as Nodes)) {
      if (!run) {
        run = [];
        out.push({ type: "paragraph", children: run });
      }
      run.push(child as PhrasingContent);
      continue;
    }
    run = undefined;
    out.push(child);
    if ("children" in child && child.type !== "paragraph") wrapPhrasing(child);
  }
  (parent as { children: Nodes[] }).children = out.filter(
    (n) => n.type !== "paragraph" || n.children.some((c) => c.type !== "text" || c.value.trim() !== ""),
  );
}

function inlineNode(name: string, children: PhrasingContent[]): PhrasingContent {
  if (name === "code" || name === "tt") return { type: "inlineCode", value: children.map(plainOf).join("") };
  return name === "b" || name === "strong" ? { type: "strong", children } : { type: "emphasis", children };
}

function plainOf(node: PhrasingContent): string {
  if ("value" in node) return node.value;
  return "children" in node ? (node.children as PhrasingContent[]).map(plainOf).join("") : "";
}

/** The inline tag an html node is (name, closing), or undefined for anything else. */
function inlineTag(node: Html): { name: string; closing: boolean } | undefined {
  const m = TAG.exec(node.value.trim());
  const name = m?.[2]?.toLowerCase() ?? "";
  return m && INLINE_TAGS.has(name) ? { name, closing: m[1] === "/" } : undefined;
}

/**
 * Whether every fragment is an inline tag closed among the same siblings (`<code>name</code>`),
 * the common case that needs no HTML tree. A block tag (`<p>`, `<ul>`, `<li>`, `<br>`) or a pair
 * split across blocks needs the HTML parser.
 */
function pairable(parent: Parents): boolean {
  const open: string[] = [];
  for (const child of parent.children as Nodes[]) {
    if (child.type !== "html") {
      if ("children" in child && !pairable(child)) return false;
      continue;
    }
    const tag = inlineTag(child);
    if (!tag) return false;
    if (!tag.closing) open.push(tag.name);
    else if (open.pop() !== tag.name) return false;
  }
  return open.length === 0;
}

/** Replaces each pair of inline tags and what they enclose by its node (`pairable` holds). */
function pairInlineTags(parent: Parents): void {
  const out: Nodes[] = [];
  const open: number[] = [];
  for (const child of parent.children as Nodes[]) {
    if ("children" in child) pairInlineTags(child);
    const tag = child.type === "html" ? inlineTag(child) : undefined;
    if (tag && !tag.closing) open.push(out.length);
    if (!tag?.closing) {
      out.push(child);
      continue;
    }
    const inner = out.splice(open.pop() ?? 0) as PhrasingContent[];
    out.push(inlineNode(tag.name, inner.slice(1)));
  }
  (parent as { children: Nodes[] }).children = out;
}

/** The tree with its HTML fragments read as HTML (ours) or kept as text (the rest, each given to `kept`). */
export function readHtmlFragments(root: Root, kept?: (node: Html) => void): Root {
  const asText = textTags(root);
  if (kept) for (const node of asText) kept(node);
  htmlToText(root, asText);
  if (!hasHtml(root)) return root;
  if (pairable(root)) {
    pairInlineTags(root);
    return root;
  }
  const hast = sanitizeTree(raw(toHast(root, { allowDangerousHtml: true }) as HastRoot) as HastRoot);
  const tree = toMdast(hast) as Root;
  wrapPhrasing(tree);
  return tree;
}
