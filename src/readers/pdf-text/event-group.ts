// One event description of chapter 12: the blocks from an event heading to the next heading,
// turned into drafts. A heading naming several events ("`a` and `b`") gives one draft per name
// with the shared content; "old/new" names one event and gives one draft with both names.
// Sentences saying that fields are shared with another event are kept with the fields they
// govern, to be resolved once the whole chapter is read (shared-fields.ts).
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { analyzeExample } from "../../extract/example-analysis.ts";
import { parseEventSources } from "../../extract/event-names.ts";
import { parseHistory } from "../../extract/history-text.ts";
import { textToRichText } from "../../extract/rich-text.ts";
import type { Audience, EventSource } from "../../model/event-schema.ts";
import type { Example } from "../../model/example-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { HistoryEntry } from "../../model/common-schema.ts";
import type { EventDraft } from "../reader.ts";
import type { Block, EventHeadingNames, MemberFieldsTarget } from "./block-types.ts";
import type { SourceSpan } from "../../model/position.ts";
import { historyText, listText, proseText } from "./block-text.ts";
import { listToFields, tableToFields } from "./field-table.ts";
import { createSharedCollector } from "./shared-field-lists.ts";
import type { SharedFieldsRef } from "./shared-fields.ts";
import { positionAt } from "../../model/position.ts";
import { lineSpan } from "../../model/position.ts";

export interface EventGroup {
  names: EventHeadingNames;
  heading: SourceSpan;
  category: string;
  audience: Audience;
  /** A "Component:" stated for the whole section, used when the event states none. */
  sectionComponent?: string;
  /** Description text that precedes the group (the lead-in of a list of names). */
  leadIn?: string;
  blocks: Block[];
}

interface Content {
  description: string[];
  sources: EventSource[];
  sourcesAsWritten?: string;
  component?: string;
  history: HistoryEntry[];
  contextFields: Field[];
  eventFields: Field[];
  examples: Example[];
  shared: SharedFieldsRef[];
}

const MEMBERS_INTRO = /\bfollowing (?:`?event`? )?member fields?\b/i;

function introducesMembers(block: Block | undefined): boolean {
  return block?.kind === "paragraph" && MEMBERS_INTRO.test(block.text);
}

function readContent(group: EventGroup, file: string, sink: DiagnosticSink): Content {
  const content: Content = {
    description: [],
    sources: [],
    history: [],
    contextFields: [],
    eventFields: [],
    examples: [],
    shared: [],
  };
  if (group.leadIn) content.description.push(group.leadIn);
  let target: MemberFieldsTarget | undefined;
  let exampleTitle: string | undefined;
  const ctx = { file, sink };
  const blocks = group.blocks;
  const sharing = createSharedCollector(blocks, content.shared);
  const into = (fields: Field[]) =>
    (target === "context" ? content.contextFields : content.eventFields).push(...fields);
  const listInto = (fields: Field[], k: number) => {
    into(fields);
    sharing.list(fields, k, target ?? "event");
  };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    if (!block) continue;
    const place = positionAt(file, block.span.start.line, block.span.start.column);
    const provenance = lineSpan(file, block.span.start.line, block.span.end.line);
    if (block.kind === "labelled" && block.label === "Event Source") {
      const parsed = parseEventSources(block.value);
      content.sources = parsed.sources;
      content.sourcesAsWritten = parsed.asWritten;
    } else if (block.kind === "labelled" && block.label === "Component") {
      content.component = block.value;
    } else if (block.kind === "labelled" && block.label === "History") {
      const next = blocks[k + 1];
      const list = block.value === "" && next?.kind === "list" ? next : undefined;
      if (list) k++;
      const end = list ? list.span.end.line : block.span.end.line;
      content.history.push(
        ...parseHistory(
          historyText(block.value, list?.items),
          "pdf",
          lineSpan(file, provenance.start.line, end),
          sink,
          place,
        ),
      );
    } else if (block.kind === "member-fields") {
      sharing.close();
      target = block.target;
      if (!block.none && block.rest !== "") {
        content.description.push(block.rest);
        sharing.sentence(block.rest, block.span, k, target);
      }
    } else if (block.kind === "table") {
      sharing.close();
      into(tableToFields(block.header, block.rows, ctx));
    } else if (block.kind === "list" && target === undefined && introducesMembers(blocks[k - 1])) {
      // "The … events include the following event member fields." without a member-fields label.
      target = "event";
      const fields = listToFields(block.items, ctx);
      if (fields) listInto(fields, k);
      else content.description.push(listText(block.items));
    } else if (block.kind === "list" && target !== undefined) {
      const fields = listToFields(block.items, ctx);
      if (fields) listInto(fields, k);
      else content.description.push(listText(block.items));
    } else if (block.kind === "example-title") {
      // A title is plain text: its Markdown ("Mobile App-Emitted `edx.video.played` Event") is read.
      exampleTitle = textToRichText(block.title.replace(/^Example:?\s*/, ""), "pdf").text || undefined;
    } else if (block.kind === "code") {
      const language = block.language !== "" ? block.language : /^\s*[{["]/.test(block.code) ? "json" : "text";
      content.examples.push(
        analyzeExample({
          code: block.code,
          language,
          ...(exampleTitle !== undefined ? { title: exampleTitle } : {}),
          provenance,
          ...(block.pageBreakLines.length > 0 ? { pageBreakLines: block.pageBreakLines } : {}),
        }),
      );
      exampleTitle = undefined;
    } else {
      const text = proseText(block);
      if (text !== undefined && text !== "") content.description.push(text);
      if (block.kind === "paragraph") sharing.sentence(block.text, block.span, k, target ?? "event");
    }
  }
  sharing.close();
  return content;
}

/** The drafts of one group, one per event it names, and the fields they share with other events. */
export function groupToDrafts(
  group: EventGroup,
  file: string,
  sink: DiagnosticSink,
): { drafts: EventDraft[]; shared: SharedFieldsRef[] } {
  const content = readContent(group, file, sink);
  const last = group.blocks[group.blocks.length - 1];
  const provenance = lineSpan(
    file,
    group.heading.start.line,
    Math.max(group.heading.end.line, last?.span.end.line ?? 0),
  );
  const description = textToRichText(content.description.join("\n\n"), "pdf");
  const component = content.component ?? group.sectionComponent;
  const deprecated = group.names.deprecated || /\(deprecated\)/i.test(group.category);
  const nameSets = group.names.oneEvent ? [group.names.names] : group.names.names.map((n) => [n]);
  const drafts = nameSets.map((names) => {
    const draft: EventDraft = {
      names,
      category: group.category,
      audience: group.audience,
      sources: content.sources,
      description,
      contextFields: content.contextFields,
      eventFields: content.eventFields,
      history: content.history,
      examples: content.examples,
      provenance,
    };
    if (group.names.variant !== undefined) draft.variant = group.names.variant;
    if (content.sourcesAsWritten !== undefined) draft.sourcesAsWritten = content.sourcesAsWritten;
    if (component !== undefined) draft.component = component;
    if (deprecated) draft.deprecated = true;
    return draft;
  });
  return { drafts, shared: content.shared };
}
