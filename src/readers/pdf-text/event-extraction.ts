// Walks the blocks of chapter 12 "Events in the Tracking Logs": 12.2 gives the common fields,
// 12.3 (student) and 12.4 (course team) the events, filed under their 12.x.y section titles.
// An event starts at an event heading, at a numbered heading that names events ("12.4.1
// add-instructor and remove-instructor"), or at a list of names that shares one description
// ("12.4.8 List Discussion Team Events": "- list-forum-admins" … "Event Source: Server").
// Fields an event shares with another one are copied once every event of the chapter is read.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { Audience } from "../../model/event-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import type { EventDraft, SkippedText } from "../reader.ts";
import type { Block, EventHeadingNames } from "./block-types.ts";
import type { SourceSpan } from "../../model/position.ts";
import { readCommonFields } from "./common-fields.ts";
import { eventHeadingNames } from "./event-heading.ts";
import { groupToDrafts, type EventGroup } from "./event-group.ts";
import { pdfTextRules } from "./rules.ts";
import { toStatements } from "./shared-fields.ts";
import { positionAt } from "../../model/position.ts";

export interface EventExtraction {
  events: EventDraft[];
  commonFields: Field[];
  used: SourceSpan[];
  skipped: SkippedText[];
}

function audienceOf(title: string): Audience {
  if (/student/i.test(title)) return "student";
  if (/course team|instructor/i.test(title)) return "course-team";
  return "general";
}

/** The names of a list whose every item is an event name ("- `dump-grades`", "- list-forum-mods"). */
function listNames(block: Block, known: ReadonlySet<string>): EventHeadingNames | undefined {
  if (block.kind !== "list") return undefined;
  const names: string[] = [];
  for (const item of block.items) {
    const found = eventHeadingNames(item.text, known);
    if (!found || !found.oneEvent) return undefined;
    names.push(...found.names);
  }
  return { names, deprecated: false, oneEvent: false };
}

/** Whether the blocks after `k` state an event source or member fields before the next heading. */
function describesEvents(blocks: readonly Block[], k: number): boolean {
  for (let j = k + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (!b || b.kind === "heading" || b.kind === "event-heading" || b.kind === "subheading") return false;
    if ((b.kind === "labelled" && b.label === "Event Source") || b.kind === "member-fields") return true;
    if (b.kind === "list" || b.kind === "paragraph") return false;
  }
  return false;
}

const UNPLACED_KINDS = new Set(["table", "member-fields", "code"]);

export function extractEvents(
  blocks: readonly Block[],
  known: ReadonlySet<string>,
  file: string,
  sink: DiagnosticSink,
): EventExtraction {
  const out: EventExtraction = { events: [], commonFields: [], used: [], skipped: [] };
  let section = { number: "", title: "" };
  let category = "";
  let sectionComponent: string | undefined;
  let group: EventGroup | undefined;
  /** A group that began at a list of names ends at the first prose after its labels. */
  let listGroupLabelled: boolean | undefined;
  const flush = () => {
    if (group) {
      const { drafts, shared } = groupToDrafts(group, file, sink);
      out.events.push(...drafts);
      if (shared.length > 0) {
        const statements = toStatements(shared, file);
        for (const draft of drafts) draft.sharedFields = statements;
      }
      out.used.push(group.heading, ...group.blocks.map((b) => b.span));
    }
    group = undefined;
    listGroupLabelled = undefined;
  };
  const start = (names: EventHeadingNames, heading: SourceSpan, groupCategory: string, leadIn?: string) => {
    flush();
    group = { names, heading, category: groupCategory, audience: audienceOf(section.title), blocks: [] };
    if (sectionComponent !== undefined) group.sectionComponent = sectionComponent;
    if (leadIn !== undefined) group.leadIn = leadIn;
  };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    if (!block) continue;
    if (block.kind === "heading") {
      flush();
      sectionComponent = undefined;
      if (block.depth <= 2) {
        section = { number: block.number, title: block.title };
        category = block.title;
        if (/common fields/i.test(block.title)) k = commonFieldsSection(blocks, k, file, sink, out);
        continue;
      }
      category = block.title;
      const names = eventHeadingNames(block.title, known);
      if (names) start(names, block.span, section.title);
      else out.used.push(block.span);
      continue;
    }
    if (block.kind === "event-heading") {
      start(block.names, block.span, category);
      continue;
    }
    if (block.kind === "subheading") {
      flush();
      continue;
    }
    if (group && listGroupLabelled && (block.kind === "paragraph" || block.kind === "list")) {
      flush();
    }
    if (!group) {
      const names = listNames(block, known);
      if (names && describesEvents(blocks, k)) {
        const before = blocks[k - 1];
        start(names, block.span, category, before?.kind === "paragraph" ? before.text : undefined);
        if (before?.kind === "paragraph") out.used.push(before.span);
        listGroupLabelled = false;
        continue;
      }
      if (block.kind === "labelled" && block.label === "Component") sectionComponent = block.value;
      else if (UNPLACED_KINDS.has(block.kind) && section.number !== "" && audienceOf(section.title) !== "general") {
        const reason = `${block.kind} outside any event description`;
        sink.report(
          pdfTextRules["pdf-text/unplaced-block"],
          reason,
          positionAt(file, block.span.start.line, block.span.start.column),
        );
        out.skipped.push({ position: block.span, rule: pdfTextRules["pdf-text/unplaced-block"].id, reason });
      }
      continue;
    }
    group.blocks.push(block);
    if (listGroupLabelled === false && block.kind === "labelled") listGroupLabelled = true;
  }
  flush();
  return out;
}

/** Reads the common-fields section starting at heading `k`; returns the index of its last block. */
function commonFieldsSection(
  blocks: readonly Block[],
  k: number,
  file: string,
  sink: DiagnosticSink,
  out: EventExtraction,
): number {
  let end = k + 1;
  for (; end < blocks.length; end++) {
    const b = blocks[end];
    if (b?.kind === "heading" && b.depth <= 2) break;
  }
  const result = readCommonFields(blocks.slice(k + 1, end), file, sink);
  out.commonFields.push(...result.fields);
  out.used.push(...result.used);
  const heading = blocks[k];
  if (heading) out.used.push(heading.span);
  return end - 1;
}
