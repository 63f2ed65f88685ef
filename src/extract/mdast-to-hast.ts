// Converts the few mdast node types description text produces into hast. A general converter
// (mdast-util-to-hast) handles every node type and costs most of the rendering time of the tens
// of thousands of descriptions a build renders; this one handles only ours, plainly.
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { BlockContent, ListItem, PhrasingContent } from "mdast";

function element(tagName: string, children: ElementContent[], properties: Element["properties"] = {}): Element {
  return { type: "element", tagName, properties, children };
}

function phrasing(nodes: readonly PhrasingContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out.push({ type: "text", value: node.value });
        break;
      case "inlineCode":
        out.push(element("code", [{ type: "text", value: node.value }]));
        break;
      case "emphasis":
        out.push(element("em", phrasing(node.children)));
        break;
      case "strong":
        out.push(element("strong", phrasing(node.children)));
        break;
      case "link":
        out.push(element("a", phrasing(node.children), { href: node.url }));
        break;
      case "break":
        out.push(element("br", []), { type: "text", value: "\n" });
        break;
      default:
        // Other phrasing nodes are never produced by the description parser.
        throw new Error(`unexpected mdast node ${node.type}`);
    }
  }
  return out;
}

function listItem(item: ListItem): Element {
  const children: ElementContent[] = [];
  for (const block of item.children) {
    // A tight item shows its paragraph's content without a <p>, as markdown renderers do.
    if (block.type === "paragraph") children.push(...phrasing(block.children));
    else children.push(...blocks([block as BlockContent]));
  }
  return element("li", children);
}

function blocks(nodes: readonly BlockContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  nodes.forEach((node, i) => {
    if (i > 0) out.push({ type: "text", value: "\n" });
    if (node.type === "paragraph") out.push(element("p", phrasing(node.children)));
    else if (node.type === "list") {
      const items: ElementContent[] = [{ type: "text", value: "\n" }];
      for (const item of node.children) items.push(listItem(item), { type: "text", value: "\n" });
      out.push(element(node.ordered ? "ol" : "ul", items));
    } else throw new Error(`unexpected mdast node ${node.type}`);
  });
  return out;
}

/** The hast tree of description blocks (paragraphs and lists). */
export function descriptionToHast(nodes: readonly BlockContent[]): HastRoot {
  return { type: "root", children: blocks(nodes) };
}
