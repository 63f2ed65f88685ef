// Reads the "Common Fields" part: one subsection per top-level field ("``agent`` Field") with
// **Type:** and **Details:** paragraphs, history, and member-field tables (the ``context``
// members, with nested `module` fields) that become the field's nested fields.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { buildField } from "../../extract/field-builder.ts";
import { normaliseType } from "../../extract/field-type.ts";
import type { Field } from "../../model/field-schema.ts";
import { fieldColumns, tableToFields } from "./field-tables.ts";
import { readLabel } from "./labelled-paragraph.ts";
import type { BlockNode, SectionNode, TableNode } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { isCommonFieldsTitle } from "./section-kinds.ts";
import { proseMemberFields } from "./prose-member-fields.ts";
import { linesOf, lineSpan, type SourceSpan, startOf } from "../../model/position.ts";

const FIELD_TITLE = /^``([\w.]+)``\s+(?:member\s+)?fields?$/i;

function tablesOf(blocks: readonly BlockNode[]): TableNode[] {
  const out: TableNode[] = [];
  for (const b of blocks) {
    if (b.type === "table") out.push(b);
    else if (b.type === "directive" && b.table) out.push(b.table);
    else if (b.type === "section" && !FIELD_TITLE.test(b.title)) out.push(...tablesOf(b.children));
  }
  return out;
}

function subsectionHistory(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.flatMap((b) => {
    if (b.type === "paragraph" && readLabel(b.text)?.kind === "history") return [b];
    return b.type === "section" && !FIELD_TITLE.test(b.title) ? subsectionHistory(b.children) : [];
  });
}

function readField(section: SectionNode, name: string, sink: DiagnosticSink, used: SourceSpan[]): Field {
  let type = "";
  const details: string[] = [];
  let inDetails = false;
  let typeAt = section.titlePosition;
  const detailBlocks: BlockNode[] = [];
  // A **History** paragraph may sit in a subsection ("``context`` Member Fields for Applicable
  // Events") while it is about the whole field.
  const histories = section.children.flatMap((c) =>
    c.type === "section" && !FIELD_TITLE.test(c.title) ? subsectionHistory(c.children) : [],
  );
  for (const block of [...section.children, ...histories]) {
    if (block.type === "paragraph") {
      const label = readLabel(block.text);
      if (label?.kind === "type") {
        type = label.rest;
        typeAt = block.position;
        inDetails = false;
      } else if (label?.kind === "details") {
        details.push(label.rest);
        inDetails = true;
      } else if (label?.kind === "history") details.push(block.text);
      else if (!label && inDetails) {
        details.push(block.text);
        detailBlocks.push(block);
      } else continue;
    } else if (block.type === "list" && inDetails) {
      detailBlocks.push(block);
      details.push(
        block.items
          .map((i) => `* ${i.children.map((c) => (c.type === "paragraph" ? c.text : "")).join(" ")}`)
          .join("\n"),
      );
    } else continue;
    used.push(linesOf(block.position));
  }
  const detailsText = details.join("\n\n");
  // The chapter once gave the description under **Type** and the type under **Details**.
  if (type.split(/\s+/).length > 3 && details.length === 1 && normaliseType(detailsText).type !== "unknown") {
    sink.report(rstRules["rst/type-details-swapped"], `common field "${name}": type and details are swapped`, typeAt);
    return build(section, name, detailsText, type, sink, used, []);
  }
  return build(section, name, type, detailsText, sink, used, proseMemberFields(detailBlocks, sink));
}

function build(
  section: SectionNode,
  name: string,
  type: string,
  details: string,
  sink: DiagnosticSink,
  used: SourceSpan[],
  prose: Field[],
): Field {
  const nested: Field[] = [...prose];
  for (const table of tablesOf(section.children)) {
    const columns = fieldColumns(table);
    if (!columns) continue;
    nested.push(...tableToFields(table, columns, sink));
    used.push(linesOf(table.position));
  }
  const p = section.position;
  const input: Parameters<typeof buildField>[0] = {
    name,
    details,
    syntax: "rst",
    provenance: linesOf(p),
    sink,
    place: startOf(section.titlePosition),
  };
  if (type !== "") input.typeAsWritten = type;
  if (nested.length > 0) input.fields = nested;
  used.push(lineSpan(p.file, section.titlePosition.start.line, section.titlePosition.start.line));
  return buildField(input);
}

/** The common fields of every "Common Fields" section in the tree, in document order. */
export function readCommonFields(blocks: readonly BlockNode[], sink: DiagnosticSink, used: SourceSpan[]): Field[] {
  const out: Field[] = [];
  const visit = (nodes: readonly BlockNode[], inside: boolean): void => {
    for (const node of nodes) {
      if (node.type !== "section") continue;
      const m = inside ? FIELD_TITLE.exec(node.title) : null;
      if (m?.[1]) {
        out.push(readField(node, m[1], sink, used));
        visit(
          node.children.filter((c) => c.type === "section" && FIELD_TITLE.test(c.title)),
          true,
        );
      } else visit(node.children, inside || isCommonFieldsTitle(node.title));
    }
  };
  visit(blocks, false);
  return out;
}
