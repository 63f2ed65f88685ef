// Member fields a common field's details give in prose rather than in a table, as the May 2014
// chapter writes the ``context`` members: "* The ``course_id`` of the course that generated the
// event." or "When included, ``course_user_tags`` contains a dictionary with …". Each such bullet
// or sentence becomes a nested field with the text as its description, and a type only where the
// sentence states one ("contains a dictionary").
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { buildField } from "../../extract/field-builder.ts";
import { normaliseType } from "../../extract/field-type.ts";
import type { Field } from "../../model/field-schema.ts";
import type { BlockNode } from "./rst-tree.ts";
import { linesOf, type SourceSpan, startOf } from "../../model/position.ts";

/** A sentence that is about one member field: it opens with the field's name. */
const MEMBER = /^(?:When included,\s*)?(?:The\s+)?``([a-z][\w]*)``\s+(?:of|for|contains|identifies|is|gives)\b/;
const CONTAINS = /``\s+contains\s+an?\s+([a-z]+)\b/;

function fieldOf(text: string, position: SourceSpan, sink: DiagnosticSink): Field | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  const m = MEMBER.exec(flat);
  if (!m?.[1]) return undefined;
  const input: Parameters<typeof buildField>[0] = {
    name: m[1],
    details: flat,
    syntax: "rst",
    provenance: linesOf(position),
    sink,
    place: startOf(position),
  };
  const stated = CONTAINS.exec(flat)?.[1];
  if (stated !== undefined && normaliseType(stated).type !== "unknown") input.typeAsWritten = stated;
  return buildField(input);
}

/** Nested fields named by the bullets and sentences of a common field's details, in order. */
export function proseMemberFields(blocks: readonly BlockNode[], sink: DiagnosticSink): Field[] {
  const out: Field[] = [];
  const add = (field: Field | undefined): void => {
    if (field && !out.some((f) => f.name === field.name)) out.push(field);
  };
  for (const block of blocks) {
    if (block.type === "paragraph") add(fieldOf(block.text, block.position, sink));
    else if (block.type === "list") {
      for (const item of block.items) {
        const text = item.children.map((c) => (c.type === "paragraph" ? c.text : "")).join(" ");
        add(fieldOf(text, item.position, sink));
      }
    }
  }
  return out;
}
