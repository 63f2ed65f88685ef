// Section 12.2 "Common Fields" describes the top-level fields of every event, one numbered
// heading each ("12.2.3 context Field") with "Type:", "Details:" and "History:" paragraphs, and
// for `context` two member-field tables (common to all events, and for applicable events).
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { buildField } from "../../extract/field-builder.ts";
import { parseHistory } from "../../extract/history-text.ts";
import type { Field } from "../../model/field-schema.ts";
import type { Block } from "./block-types.ts";
import { linesOf, positionAt, spanAt, startOf, type SourceSpan } from "../../model/position.ts";
import { historyText, proseText } from "./block-text.ts";
import { tableToFields } from "./field-table.ts";

export interface CommonFieldsResult {
  fields: Field[];
  used: SourceSpan[];
}

interface Draft {
  name: string;
  /** From the field's heading to the end of its last block. */
  span: SourceSpan;
  typeAsWritten?: string;
  details: string[];
  history: { text: string; span: SourceSpan }[];
  members: Field[];
}

/** "12.2.1 `accept_language` Field" → "accept_language". */
function commonFieldName(title: string): string {
  return title
    .replace(/\s+Field$/, "")
    .replace(/`/g, "")
    .trim();
}

/** Reads the blocks of the common-fields section (after its own heading) into fields. */
export function readCommonFields(blocks: readonly Block[], file: string, sink: DiagnosticSink): CommonFieldsResult {
  const drafts: Draft[] = [];
  const used: SourceSpan[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    if (!block) continue;
    if (block.kind === "heading") {
      drafts.push({
        name: commonFieldName(block.title),
        span: spanAt(file, block.span.start.line, block.span.start.column, block.span.end.line),
        details: [],
        history: [],
        members: [],
      });
      used.push(block.span);
      continue;
    }
    const draft = drafts[drafts.length - 1];
    if (!draft) continue; // the section's own introduction is not field content
    used.push(block.span);
    draft.span.end = { line: block.span.end.line };
    if (block.kind === "labelled" && block.label === "Type") draft.typeAsWritten = block.value;
    else if (block.kind === "labelled" && block.label === "History") {
      const next = blocks[k + 1];
      const list = block.value === "" && next?.kind === "list" ? next : undefined;
      if (list) {
        k++;
        used.push(list.span);
      }
      draft.history.push({ text: historyText(block.value, list?.items), span: block.span });
    } else if (block.kind === "table") draft.members.push(...tableToFields(block.header, block.rows, { file, sink }));
    else if (block.kind === "subheading")
      continue; // "`context` Member Fields Common to All Events"
    else {
      const text = proseText(block);
      if (text !== undefined && text !== "") draft.details.push(text);
    }
  }
  const fields = drafts.map((d) => {
    const provenance = linesOf(d.span);
    const field = buildField({
      name: d.name,
      ...(d.typeAsWritten !== undefined ? { typeAsWritten: d.typeAsWritten } : {}),
      details: d.details.join("\n\n"),
      syntax: "pdf",
      provenance,
      ...(d.members.length > 0 ? { fields: d.members } : {}),
      sink,
      place: startOf(d.span),
    });
    const history = d.history.flatMap((h) =>
      parseHistory(h.text, "pdf", linesOf(h.span), sink, positionAt(file, h.span.start.line, h.span.start.column)),
    );
    return { ...field, history: [...field.history, ...history] };
  });
  return { fields, used };
}
