// An inventory table inside the chapter: "Event | ``event`` Fields | Type", one row group per
// set of events (the first cell names them, ``a``, ``b``, and spans the rows of their fields; a
// group with empty field cells carries only the common fields). The 2014 chapter closes its
// course-team part with one. Its names that no section of the release documents are events of
// the release (see `addListedEvents`); the others repeat what their sections say.
import { buildField } from "../../extract/field-builder.ts";
import { isEventName } from "../../extract/event-names.ts";
import type { Field } from "../../model/field-schema.ts";
import type { TableCell, TableNode } from "./rst-tree.ts";
import { linesOf, type SourceSpan } from "../../model/position.ts";

export interface InventoryGroup {
  names: string[];
  fields: Field[];
  position: SourceSpan;
}

/**
 * A header whose first cell is "Event(s)" / "Event Type(s)" and another names fields; the 2014
 * table marks no header row (no `=` border), so a first row that reads so is the header.
 */
export function isInventoryTable(table: TableNode): boolean {
  const header = table.rows[0];
  if (!header || header.length < 2) return false;
  const cells = header.map((c) => c.text.replace(/[`*]/g, "").trim());
  return /^events?(?:\s+types?)?$/i.test(cells[0] ?? "") && cells.slice(1).some((c) => /\bfields?\b/i.test(c));
}

function literalNames(text: string): string[] {
  return [...text.matchAll(/``([^`]+)``/g)].map((m) => (m[1] ?? "").trim()).filter((n) => isEventName(n));
}

function fieldOf(name: TableCell, type: TableCell | undefined): Field | undefined {
  const literal = /``([^`]+)``/.exec(name.text)?.[1]?.trim();
  if (!literal) return undefined;
  const p = name.position;
  const input: Parameters<typeof buildField>[0] = {
    name: literal,
    details: "",
    syntax: "rst",
    provenance: linesOf(p),
  };
  const typeText = type?.text.trim();
  if (typeText) input.typeAsWritten = typeText;
  return buildField(input);
}

/** The row groups of an inventory table: a full-width row starts a group, shorter rows (the first cell spans them) go on with its fields. */
export function inventoryGroups(table: TableNode): InventoryGroup[] {
  const width = table.rows[0]?.length ?? 0;
  const groups: InventoryGroup[] = [];
  for (const row of table.rows.slice(Math.max(1, table.headerRows))) {
    const full = row.length === width;
    const [first] = row;
    if (!first) continue;
    if (full) {
      const names = literalNames(first.text);
      if (names.length === 0) continue;
      groups.push({ names, fields: [], position: first.position });
    }
    const group = groups.at(-1);
    const cells = full ? row.slice(1) : row;
    const field = cells[0] && fieldOf(cells[0], cells[1]);
    if (group && field) group.fields.push(field);
  }
  return groups;
}
