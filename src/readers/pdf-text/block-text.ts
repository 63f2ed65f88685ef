// Blocks back to the markup text that the shared rich-text parser reads ("pdf" syntax): the
// extraction stages gather several blocks into one description and hand it over as text.
import type { Block, ListItem } from "./block-types.ts";

export function listText(items: readonly ListItem[]): string {
  return items.map((item) => `${item.depth > 1 ? "  " : ""}- ${item.text}`).join("\n");
}

/** The text of a prose-like block, or undefined for tables, code and headings. */
export function proseText(block: Block): string | undefined {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "subheading":
      return block.title;
    case "list":
      return listText(block.items);
    case "labelled":
      return block.label === "Note" ? `Note: ${block.value}` : block.value;
    default:
      return undefined;
  }
}

/** History text of a "History:" label and the list under it when the label has no text of its own. */
export function historyText(label: string, list: readonly ListItem[] | undefined): string {
  const items = list?.map((i) => i.text) ?? [];
  return [label, ...items].filter((t) => t !== "").join(" ");
}
