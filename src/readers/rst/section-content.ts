// Reads the content of one section (an event, a group of events or a category) in document
// order: description prose, labelled paragraphs, field tables under the last member-field label,
// code examples, the names its bullet lists give. What it consumes is recorded as `used` only
// when a draft is finally built from it, so unused category prose does not count as coverage.
import { isJsonLanguage, analyzeExample } from "../../extract/example-analysis.ts";
import { isEventName, parseEventSources } from "../../extract/event-names.ts";
import { parseHistory } from "../../extract/history-text.ts";
import type { EventSource } from "../../model/event-schema.ts";
import type { Example } from "../../model/example-schema.ts";
import type { HistoryEntry } from "../../model/common-schema.ts";
import type { Field } from "../../model/field-schema.ts";
import { type DiagnosticSink, mapPositions } from "../../diagnostics/diagnostic-sink.ts";
import { isEventListTable } from "./event-list.ts";
import { fieldColumns, tableToFields } from "./field-tables.ts";
import { type InventoryGroup, inventoryGroups, isInventoryTable } from "./inventory-table.ts";
import { readLabel, statesNone } from "./labelled-paragraph.ts";
import type { BlockNode, DirectiveNode, ListNode, ParagraphNode, TableNode } from "./rst-tree.ts";
import { skipSpan } from "./parse-context.ts";
import { rstRules } from "./rules.ts";
import { plainTitle } from "./section-kinds.ts";
import {
  continuedSharedSentence,
  listedFields,
  readSharedSentence,
  sharedFieldItems,
  type SharedFieldsRef,
} from "./shared-fields.ts";
import { joinPlaced, placeAt, placedPositions, type PlacedText } from "./text-places.ts";
import type { ReadResult } from "../reader.ts";
import { linesOf, lineSpan, positionAt, type SourceSpan, startOf } from "../../model/position.ts";

export interface SectionContent {
  description: string[];
  sources?: { sources: EventSource[]; asWritten: string };
  component?: string;
  history: HistoryEntry[];
  eventFields: Field[];
  contextFields: Field[];
  examples: Example[];
  /** The events an example's section title names ("Example ``x`` Event"), when it names any. */
  exampleNames: Map<Example, string[]>;
  /** Fields the text says this event shares with another event of the release. */
  sharedFields: SharedFieldsRef[];
  /** Items of bullet lists that hold nothing but one event name each. */
  listedNames: string[];
  /** Row groups of an "Event | Fields | Type" inventory table in the section. */
  inventory: InventoryGroup[];
  /** Names a bullet item says are emitted ("``seq_goto`` is emitted when …"), with the item. */
  emittedNames: { name: string; text: string; position: SourceSpan }[];
  /** The section states member fields or an event source (shared content for bullet-named events). */
  hasSharedContent: boolean;
  used: SourceSpan[];
  /** Lines of the labelled paragraphs (source, component, history) events below inherit. */
  inheritableUsed: SourceSpan[];
}

export interface ContentContext {
  sink: DiagnosticSink;
  skipped: ReadResult["skipped"];
}

export function emptyContent(): SectionContent {
  return {
    description: [],
    history: [],
    eventFields: [],
    contextFields: [],
    examples: [],
    exampleNames: new Map(),
    sharedFields: [],
    listedNames: [],
    inventory: [],
    emittedNames: [],
    hasSharedContent: false,
    used: [],
    inheritableUsed: [],
  };
}

function itemText(item: ListNode["items"][number]): string {
  return item.children
    .map((c) => (c.type === "paragraph" ? c.text : ""))
    .join("\n")
    .trim();
}

/** The text of `itemText` before trimming, with the place of each of its lines. */
function itemPlaced(item: ListNode["items"][number]): PlacedText {
  return joinPlaced(
    item.children.map((c) =>
      c.type === "paragraph"
        ? c
        : {
            text: "",
            lines: [startOf(c.position)],
          },
    ),
  );
}

const NAME_ONLY = /^``([^`]+)``$/;
const EMITTED = /``([^`\s]+)``\s+(?:events?\s+)?(?:is|are)\s+emitted/;
/** A paragraph that only announces the list below it. */
const LIST_INTRO =
  /\bincludes?\s+the\s+following\s+(?:``(?:event|context)``\s+)?(?:event\s+|context\s+)?(?:member\s+)?fields?\s*[.:]?\s*$/i;
const EMITS = /\bemits\s+(?:an?\s+|the\s+)?``([^`\s]+)``/;

/** Reads `blocks` into `content`; `state` carries the member-field target across blocks. */
export class ContentReader {
  private target: "event" | "context" = "event";
  private fieldsStarted = false;
  private historyListNext = false;
  /** Prose of an example section waiting for its code block, which it captions. */
  private caption: { text: string; position: SourceSpan } | undefined;
  /** A same-purpose sentence waiting for the list of field names under it. */
  private sharedPending: SharedFieldsRef[] | undefined;

  constructor(
    readonly content: SectionContent,
    private readonly ctx: ContentContext,
  ) {}

  read(blocks: readonly BlockNode[], exampleTitle?: string): void {
    for (const block of blocks) this.block(block, exampleTitle);
  }

  private block(block: BlockNode, exampleTitle: string | undefined): void {
    const c = this.content;
    const historyList = this.historyListNext;
    this.historyListNext = false;
    const shared = this.sharedPending;
    this.sharedPending = undefined;
    if (shared && this.fieldsStarted && block.type === "list" && this.sharedList(block, shared)) return;
    if (shared && block.type === "paragraph" && LIST_INTRO.test(block.text.replace(/\s+/g, " "))) {
      // "The ``x`` event includes the following event member fields." between the sentence and its list.
      this.paragraph(block);
      this.sharedPending ??= shared;
      this.content.used.push(linesOf(block.position));
      return;
    }
    switch (block.type) {
      case "paragraph":
        if (exampleTitle !== undefined && !readLabel(block.text)) {
          this.caption = { text: plainTitle(block.text), position: block.position };
          return;
        }
        return this.paragraph(block);
      case "list":
        if (historyList) {
          for (const item of block.items) {
            const placed = itemPlaced(item);
            const from = placed.text.length - placed.text.trimStart().length;
            c.history.push(...this.history(placed, from, item.position));
          }
          c.used.push(linesOf(block.position));
          c.inheritableUsed.push(linesOf(block.position));
          return;
        }
        return this.list(block);
      case "blockQuote":
        return this.read(block.children, exampleTitle);
      case "table":
        return this.table(block);
      case "literal":
        return this.example(block.text, /^\s*[[{]/.test(block.text) ? "json" : "text", block.position, exampleTitle);
      case "directive":
        if (block.table) return this.table(block.table);
        if (["code-block", "code", "sourcecode"].includes(block.name)) {
          const title = block.options["caption"] ?? exampleTitle;
          return this.example(block.content, block.argument || "text", block.contentPosition ?? block.position, title);
        }
        if (block.name === "only") return this.only(block, exampleTitle);
        if (["note", "important", "warning", "tip", "caution"].includes(block.name) && !this.fieldsStarted) {
          for (const child of block.children) if (child.type === "paragraph") c.description.push(child.text);
          c.used.push(linesOf(block.position));
        }
        return;
      default:
        return;
    }
  }

  /**
   * `.. only:: Partners` text is what the edx.org build of the guide shows, and is read like the
   * text around it; text only for another build (`.. only:: Open_edX`) would duplicate it.
   */
  private only(block: DirectiveNode, exampleTitle: string | undefined): void {
    if (/\bpartners?\b/i.test(block.argument)) {
      this.read(block.children, exampleTitle);
      return;
    }
    const p = block.position;
    const reason = `text only for the "${block.argument}" build of the guide; the edx.org (Partners) build is read`;
    skipSpan(this.ctx, rstRules["rst/only-other-build"], reason, p);
  }

  /** History read from `placed.text` from offset `from` on; its diagnostics land at their own places. */
  private history(placed: PlacedText, from: number, position: SourceSpan): HistoryEntry[] {
    const first = placeAt(placed, from);
    const provenance = lineSpan(
      position.file,
      Math.min(Math.max(first.start.line, position.start.line), position.end.line),
      position.end.line,
    );
    const text = placed.text.slice(from).trimEnd();
    const sink = mapPositions(this.ctx.sink, placedPositions(placed, from));
    return parseHistory(text, "rst", provenance, sink, positionAt(position.file, 1, 1));
  }

  private paragraph(block: ParagraphNode): void {
    const { text, position } = block;
    const c = this.content;
    const label = readLabel(text);
    if (!label) {
      const shared = readSharedSentence(text, this.target, position);
      const continued =
        shared.length === 0 ? continuedSharedSentence(text, c.sharedFields.at(-1), position) : undefined;
      if (continued) shared.push(continued);
      if (shared.length > 0) {
        c.sharedFields.push(...shared);
        this.sharedPending = shared;
        c.used.push(linesOf(position));
        c.hasSharedContent = true;
      }
      if (this.fieldsStarted) return;
      c.description.push(text);
      c.used.push(linesOf(position));
      return;
    }
    c.used.push(linesOf(position));
    if (label.kind === "history" || label.kind === "event-source" || label.kind === "component")
      c.inheritableUsed.push(linesOf(position));
    switch (label.kind) {
      case "history":
        if (label.rest === "") this.historyListNext = true;
        // The label's rest ends the (trimmed) paragraph text.
        else c.history.push(...this.history(block, text.length - label.rest.length, position));
        return;
      case "event-source":
        c.sources = parseEventSources(label.rest);
        c.hasSharedContent = true;
        return;
      case "component":
        if (label.rest !== "") c.component = label.rest.replace(/\s+/g, " ");
        return;
      case "member-fields": {
        this.target = label.target ?? "event";
        this.fieldsStarted = true;
        c.hasSharedContent = true;
        // "``event`` **Member Fields**: The ``x`` events include many of the same … as for …" over a list.
        const shared = readSharedSentence(label.rest, this.target, position);
        if (shared.length > 0) {
          c.sharedFields.push(...shared);
          this.sharedPending = shared;
          return;
        }
        if (label.rest !== "" && !statesNone(label.rest)) c.description.push(label.rest);
        return;
      }
      case "description":
        if (label.rest !== "") c.description.push(label.rest);
        return;
      default:
        return;
    }
  }

  private list(list: ListNode): void {
    const c = this.content;
    const texts = list.items.map(itemText);
    const names = texts.map((t) => NAME_ONLY.exec(t)?.[1]);
    if (!this.fieldsStarted && names.every((n): n is string => n !== undefined && isEventName(n))) {
      c.listedNames.push(...names);
      c.used.push(linesOf(list.position));
      return;
    }
    if (this.fieldsStarted) return;
    list.items.forEach((item, i) => {
      const text = texts[i] ?? "";
      const name = EMITTED.exec(text)?.[1] ?? EMITS.exec(text)?.[1];
      if (name !== undefined && isEventName(name)) c.emittedNames.push({ name, text, position: item.position });
    });
    c.description.push(texts.map((t) => `* ${t.replace(/\n/g, "\n  ")}`).join("\n"));
    c.used.push(linesOf(list.position));
  }

  /** The field names under a same-purpose sentence; false when the list is something else. */
  private sharedList(list: ListNode, refs: SharedFieldsRef[]): boolean {
    const fields = sharedFieldItems(list.items.map((item) => ({ text: itemText(item), position: item.position })));
    if (!fields || fields === "all") return false;
    // The list names the fields of the kind the member-field label announced.
    const ref = refs.find((r) => r.target === this.target) ?? refs[refs.length - 1];
    if (!ref) return false;
    ref.fields = fields;
    // The listed fields are the event's own, at the list's place; the normalise pass completes them.
    (ref.target === "context" ? this.content.contextFields : this.content.eventFields).push(...listedFields(fields));
    this.content.used.push(linesOf(list.position));
    return true;
  }

  private table(table: TableNode): void {
    const columns = fieldColumns(table);
    if (!columns && isEventListTable(table)) return; // read by event-list.ts
    if (!columns && isInventoryTable(table)) {
      this.content.inventory.push(...inventoryGroups(table));
      this.content.used.push(linesOf(table.position));
      return;
    }
    if (!columns) {
      const first = table.position;
      const reason = "table is not a Field / Type / Details table; not read as fields";
      skipSpan(this.ctx, rstRules["rst/unrecognised-table"], reason, first);
      return;
    }
    const fields = tableToFields(table, columns, this.ctx.sink);
    (this.target === "context" ? this.content.contextFields : this.content.eventFields).push(...fields);
    this.content.hasSharedContent = true;
    this.fieldsStarted = true;
    this.content.used.push(linesOf(table.position));
  }

  private example(code: string, language: string, position: SourceSpan, title: string | undefined): void {
    if (!isJsonLanguage(language) && !/^(?:text|none|javascript|js)$/i.test(language)) {
      const reason = `code block in "${language}" is not an event example`;
      skipSpan(this.ctx, rstRules["rst/non-event-code"], reason, position);
      return;
    }
    const provenance = linesOf(position);
    const input: Parameters<typeof analyzeExample>[0] = { code, language, provenance };
    const caption = this.caption;
    this.caption = undefined;
    if (caption) this.content.used.push(linesOf(caption.position));
    const heading = caption?.text ?? (title === undefined ? undefined : plainTitle(title));
    if (heading !== undefined) input.title = heading;
    this.content.examples.push(analyzeExample(input));
    this.content.used.push(linesOf(position));
  }
}
