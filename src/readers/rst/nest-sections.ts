// Nests the flat block list into sections by level (the level each title got from its style),
// and hands each section the labels of the targets just before its title, as docutils does.
import type { SourceSpan } from "../../model/position.ts";
import type { BlockNode, SectionNode } from "./rst-tree.ts";

export function nestSections(flat: readonly BlockNode[]): BlockNode[] {
  const root: BlockNode[] = [];
  const stack: SectionNode[] = [];
  let pendingLabels: string[] = [];
  const container = (): BlockNode[] => stack[stack.length - 1]?.children ?? root;
  for (const node of flat) {
    if (node.type === "section") {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= node.level) stack.pop();
      node.labels.push(...pendingLabels);
      pendingLabels = [];
      container().push(node);
      stack.push(node);
      continue;
    }
    if (node.type === "target") pendingLabels.push(node.label);
    else if (node.type !== "comment") pendingLabels = [];
    container().push(node);
  }
  for (const node of root) extendToChildren(node);
  return root;
}

/** A section's position runs to the end of its last descendant. */
function extendToChildren(node: BlockNode): SourceSpan {
  if (node.type !== "section") return node.position;
  for (const child of node.children) {
    const p = extendToChildren(child);
    if (p.file === node.position.file && p.end.line > node.position.end.line) node.position.end = { line: p.end.line };
  }
  return node.position;
}
