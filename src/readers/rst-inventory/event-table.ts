// Reads the Event Types table into event drafts: one draft per event named in an Event Type cell,
// each with the Description, Component, Language and field rows it shares with the other events
// of its row group.
import type { Field } from "../../model/field-schema.ts";
import { isPatternName } from "../../model/name-patterns.ts";
import type { Audience } from "../../model/event-schema.ts";
import { textToRichText } from "../../extract/rich-text.ts";
import type { GridCell } from "../rst/grid-table.ts";
import type { EventDraft, SkippedText } from "../reader.ts";
import { groupFields, type EventTableContext } from "./event-fields.ts";
import { languageToSources } from "./language-sources.ts";
import { nameEntriesOf, type NameEntry } from "./name-cell.ts";
import { overlapping, overlaps, rowGroupsOf, type RowGroup } from "./row-groups.ts";
import { inventoryRules } from "./rules.ts";
import { lineSpan, positionAt, type SourceSpan, startOf } from "../../model/position.ts";

export interface EventTableResult {
  drafts: EventDraft[];
  used: SourceSpan[];
  skipped: SkippedText[];
}

/** What the section around an event table says of its events (not a place in the file). */
export interface TableScope {
  category: string;
  audience: Audience;
}

const EVENT_TYPE = /^[a-z][a-z0-9_.-]*$/;
const SEE_ABOVE = /^\(?\s*see above\.?\s*\)?$/i;

/** Each entry's share of a column: one paragraph per entry when they line up, else the whole text. */
function textsPerEntry(cells: readonly GridCell[], entries: readonly NameEntry[], joiner: string): string[] {
  const paragraphs: { line: number; lines: string[] }[] = [];
  for (const cell of cells) {
    let open: { line: number; lines: string[] } | undefined;
    for (const l of cell.lines) {
      const text = l.text.trim();
      if (text === "") open = undefined;
      else if (open) open.lines.push(text);
      else paragraphs.push((open = { line: l.start.line, lines: [text] }));
    }
  }
  const aligned =
    entries.length > 1 &&
    paragraphs.length === entries.length &&
    paragraphs.every(
      (p, k) => p.line >= (entries[k]?.position.start.line ?? 0) && p.line <= (entries[k]?.position.end.line ?? 0),
    );
  if (aligned) return paragraphs.map((p) => p.lines.join(joiner));
  const whole = paragraphs.map((p) => p.lines.join(joiner)).join(joiner === " " ? " " : "\n\n");
  return entries.map(() => whole);
}

/** Member fields said to be "(See above.)" are copied from the earlier field of that name. */
function resolveSeeAbove(ctx: EventTableContext, fields: Field[], defined: Map<string, Field>): void {
  for (const field of fields) {
    const earlier = defined.get(field.name);
    if (field.fields.length === 0 && SEE_ABOVE.test(field.description.text) && earlier) {
      field.fields = structuredClone(earlier.fields);
      ctx.sink.report(
        inventoryRules["inventory/see-above"],
        `\`${field.name}\` says "(See above.)": its ${earlier.fields.length} member fields are copied from line ${earlier.provenance.start.line}`,
        positionAt(ctx.file, field.provenance.start.line, 1),
      );
    }
    if (field.fields.length > 0) defined.set(field.name, field);
  }
}

/** `oe_[generated_event_type]`: an event type with placeholders, kept as a pattern event. */
function isPatternEventType(name: string): boolean {
  return isPatternName(name) && EVENT_TYPE.test(name.replace(/\{[^{}]*\}|\[[^[\]]*\]|<[^<>]*>|\*/g, "x"));
}

export function readEventTable(ctx: EventTableContext, where: TableScope): EventTableResult {
  const result: EventTableResult = { drafts: [], used: [], skipped: [] };
  const defined = new Map<string, Field>();
  const groups = rowGroupsOf(ctx.table, ctx.layout, ctx.sink);
  for (const group of groups) {
    const before = result.drafts.length;
    readGroup(ctx, group, where, defined, result);
    if (result.drafts.length > before) {
      const line = ctx.table.rowBorders[group.start] ?? ctx.table.position.start.line;
      result.used.push(lineSpan(ctx.file, line, ctx.table.rowBorders[group.end] ?? line));
    }
  }
  if (result.drafts.length > 0) {
    const endLine = ctx.table.rowBorders[ctx.layout.bodyStart] ?? ctx.table.position.start.line;
    result.used.unshift(lineSpan(ctx.file, ctx.table.position.start.line, endLine));
  }
  return result;
}

function readGroup(
  ctx: EventTableContext,
  group: RowGroup,
  where: TableScope,
  defined: Map<string, Field>,
  result: EventTableResult,
): void {
  const nameCells = (group.cells.get("name") ?? []).filter((c) => c.lines.length > 0);
  const { fields, notes } = groupFields(ctx, group);
  resolveSeeAbove(
    ctx,
    fields.map((f) => f.field),
    defined,
  );
  const crossing = fields.filter((f) => nameCells.filter((n) => overlaps(n, f.cell)).length > 1);
  for (const f of crossing) {
    ctx.sink.report(
      inventoryRules["inventory/field-crosses-events"],
      `field \`${f.field.name}\` crosses the border between two events; all ${fields.length} fields of the group are given to each of its events`,
      positionAt(ctx.file, f.cell.position.start.line, f.cell.lines[0]?.start.column ?? 1),
    );
  }
  for (const nameCell of nameCells) {
    const entries = nameEntriesOf(nameCell, ctx.file, ctx.sink);
    // A table cut short is closed on its last text line, so the border after the row may be the
    // row's own last line: the row never ends before the text of its name cell.
    const border = ctx.table.rowBorders[nameCell.row + nameCell.rowSpan] ?? nameCell.position.end.line + 1;
    const rowEnd = Math.max(border - 1, nameCell.position.end.line);
    const texts = (column: "description" | "component" | "language", joiner: string): string[] =>
      textsPerEntry(overlapping(group, column, nameCell), entries, joiner);
    const eventNotes = notes.filter((n) => overlaps(n.cell, nameCell)).map((n) => n.text);
    const descriptions = texts("description", "\n").map((d) => [d, ...eventNotes].filter((t) => t !== "").join("\n\n"));
    const components = texts("component", " ");
    const languages = texts("language", " ");
    const own = crossing.length > 0 ? fields : fields.filter((f) => overlaps(f.cell, nameCell));
    entries.forEach((entry, k) => {
      const names = entry.names.filter((n) => EVENT_TYPE.test(n) || isPatternEventType(n));
      for (const pattern of names.filter(isPatternName)) {
        const message = `\`${pattern}\` is a pattern for generated event names; its event is kept under the pattern, which stands for the event types it matches`;
        ctx.sink.report(inventoryRules["inventory/pattern-name"], message, startOf(entry.position));
      }
      for (const bad of entry.names.filter((n) => !names.includes(n))) {
        const reason = `\`${bad}\` is not written like an event type (lower case, digits, \`_\`, \`.\`, \`-\`); it reads as a placeholder${names.length === 0 ? "; its event is skipped" : ""}`;
        ctx.sink.report(inventoryRules["inventory/not-an-event-name"], reason, startOf(entry.position));
        if (names.length === 0) {
          const endLine = entries.length === 1 ? rowEnd : entry.position.end.line;
          result.skipped.push({
            position: lineSpan(ctx.file, entry.position.start.line, endLine),
            rule: "inventory/not-an-event-name",
            reason,
          });
        }
      }
      if (names.length === 0) return;
      const language = languages[k] ?? "";
      const { sources, unknown } = languageToSources(language);
      if (unknown.length > 0) {
        const cell = overlapping(group, "language", nameCell)[0];
        ctx.sink.report(
          inventoryRules["inventory/unknown-language"],
          `language ${unknown.map((u) => `"${u}"`).join(", ")} gives no event source`,
          positionAt(
            ctx.file,
            cell?.position.start.line ?? entry.position.start.line,
            cell?.lines[0]?.start.column ?? 1,
          ),
        );
      }
      const component = components[k] ?? "";
      result.drafts.push({
        names,
        category: where.category,
        audience: where.audience,
        sources,
        ...(language === "" ? {} : { sourcesAsWritten: language }),
        ...(component === "" ? {} : { component }),
        description: textToRichText(descriptions[k] ?? "", "rst"),
        contextFields: [],
        eventFields: own.map((f) => structuredClone(f.field)),
        history: [],
        examples: [],
        provenance: lineSpan(ctx.file, entry.position.start.line, rowEnd),
      });
    });
  }
}
