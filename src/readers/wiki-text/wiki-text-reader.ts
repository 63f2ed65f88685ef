// The reader of the 2013 wiki page "Tracking logs" (format "wiki-text"): text extracted from a PDF
// print, tab-separated and partly garbled. It reads the common fields table, the server and
// browser events tables and the correct_map fields table, repairs what the same page or the
// known names of the era support, and reports everything else with its place.
import { textToRichText } from "../../extract/rich-text.ts";
import type { EventSource } from "../../model/event-schema.ts";
import {
  emptyReadResult,
  type EventDraft,
  type ReadResult,
  type Reader,
  type SourceText,
  type UnnamedDraft,
} from "../reader.ts";
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import { wikiRules } from "./rules.ts";
import { KNOWN_FIELD_NAMES, KNOWN_HEADERS, collectFileNames } from "./name-repair.ts";
import { groupSections, textToWikiLines, type WikiSection } from "./wiki-lines.ts";
import { markUsed, skipBlock, usedRanges, type WikiContext } from "./wiki-context.ts";
import { readTableLayout } from "./table-layout.ts";
import { readCommonFieldsTable } from "./common-fields-table.ts";
import { markGroupsUsed, readEventsTable, type EventGroup } from "./events-table.ts";
import { readNestedTable, type NestedTable } from "./correct-map-table.ts";
import { reportUnnamedGroup } from "./unnamed-groups.ts";
import { draftToField, throughLine } from "./wiki-field.ts";
import { lineSpan, linesOf, positionAt } from "../../model/position.ts";

function sourcesOf(title: string): EventSource[] {
  if (/\bserver\b/i.test(title)) return ["server"];
  if (/\bbrowser\b/i.test(title)) return ["browser"];
  return [];
}

/** Names written whole in tables whose headers the print left intact: evidence for repairs. */
function fileEvidence(sections: readonly WikiSection[]): WikiContext["fieldNames"] {
  const intact = sections
    .flatMap((s) => s.tables)
    .filter((t) => t.header.cells.every((c) => c.text === "" || KNOWN_HEADERS.includes(c.text.toLowerCase())));
  const cells = intact.flatMap((t) => t.rows.map((r) => ({ line: r.start.line, texts: r.cells.map((c) => c.text) })));
  return { known: KNOWN_FIELD_NAMES, knownAs: "a known field name of the era", inFile: collectFileNames(cells) };
}

function groupToDraft(section: WikiSection, g: EventGroup & { name: string }): EventDraft {
  return { names: [g.name], ...groupToUnnamed(section, g) };
}

function groupToUnnamed(section: WikiSection, g: EventGroup): UnnamedDraft {
  const sources = sourcesOf(section.title);
  return {
    category: section.title,
    // The page has no student / course-team parts: its events belong to neither.
    audience: "general",
    sources,
    description: textToRichText(g.paragraphs.join("\n\n"), "plain"),
    contextFields: [],
    eventFields: g.fields.map((f) => draftToField(f)),
    history: [],
    examples: [],
    provenance: linesOf(g.position),
  };
}

function readSection(ctx: WikiContext, section: WikiSection, out: ReadResult): void {
  const groups: EventGroup[] = [];
  const nestedOf = new Map<EventGroup, NestedTable[]>();
  const usedBefore = ctx.used.size;
  for (const table of section.tables) {
    const layout = readTableLayout(ctx, table.header);
    if (layout.nestedOf !== undefined) {
      const nested = readNestedTable(ctx, table, layout, layout.nestedOf);
      const owner = [...groups].reverse().find((g) => g.fields.some((f) => f.name === nested.of));
      const field = owner?.fields.find((f) => f.name === nested.of);
      if (!owner || !field) {
        skipBlock(
          ctx,
          wikiRules["wiki/unplaced-text"],
          `the ${nested.of} fields table follows no field named ${nested.of}`,
          nested.position,
        );
      } else {
        field.fields = nested.fields;
        if (nested.key !== undefined) field.note = `key: ${nested.key}`;
        const { start, end } = nested.position;
        field.position = throughLine(field.position, end.line);
        if (owner.name !== undefined) owner.position = throughLine(owner.position, end.line);
        nestedOf.set(owner, [...(nestedOf.get(owner) ?? []), nested]);
        if (owner.name !== undefined) markUsed(ctx, start.line, end.line);
      }
    } else if (/common fields/i.test(section.title)) {
      out.commonFields.push(...readCommonFieldsTable(ctx, table, layout).map((f) => draftToField(f)));
    } else {
      const read = readEventsTable(ctx, table, layout);
      markGroupsUsed(ctx, table, read);
      groups.push(...read);
    }
  }
  for (const g of groups) {
    if (g.name === undefined) {
      reportUnnamedGroup(ctx, g, nestedOf.get(g) ?? []);
      out.unnamedEvents = [...(out.unnamedEvents ?? []), groupToUnnamed(section, g)];
    } else out.events.push(groupToDraft(section, { ...g, name: g.name }));
  }
  const usedSome = ctx.used.size > usedBefore;
  if (usedSome) markUsed(ctx, section.line);
  const loose = [...section.prose, ...section.strayRows].map((l) => l.start.line).sort((a, b) => a - b);
  const last = loose[loose.length - 1];
  if (last !== undefined) {
    const from = usedSome ? (loose[0] ?? last) : section.line;
    const what = section.title === "" ? "text before the first heading" : `text of the section '${section.title}'`;
    skipBlock(
      ctx,
      wikiRules["wiki/unplaced-text"],
      `${what} has no place in the catalog`,
      lineSpan(ctx.file, from, last),
    );
  }
}

function readWikiFile(source: SourceText, sink: DiagnosticSink): ReadResult {
  const out = emptyReadResult();
  const sections = groupSections(textToWikiLines(source.path, source.text));
  const ctx: WikiContext = {
    file: source.path,
    sink,
    fieldNames: fileEvidence(sections),
    used: new Set(),
    skipped: [],
  };
  for (const section of sections) readSection(ctx, section, out);
  if (sections.every((s) => s.tables.length === 0)) {
    sink.report(
      wikiRules["wiki/empty-source"],
      "no table with a type and a details column found",
      positionAt(ctx.file, 1, 1),
    );
  }
  out.used = usedRanges(source.path, ctx.used);
  out.skipped = ctx.skipped;
  return out;
}

export const wikiTextReader: Reader = {
  format: "wiki-text",
  read(input, sink) {
    const result = emptyReadResult();
    for (const file of input.files) {
      const one = readWikiFile(file, sink);
      result.events.push(...one.events);
      result.commonFields.push(...one.commonFields);
      result.used.push(...one.used);
      result.skipped.push(...one.skipped);
      if (one.unnamedEvents) result.unnamedEvents = [...(result.unnamedEvents ?? []), ...one.unnamedEvents];
    }
    return result;
  },
};
