// Small builders for hand-made drafts, releases and read results, so that merge and diff tests
// state only what matters to them. Texts are taken from real lines of the sources.
import type { HistoryEntry, RichText } from "../../src/model/common-schema.ts";
import type { Field } from "../../src/model/field-schema.ts";
import type { Release, ReleaseCoverage } from "../../src/model/release-schema.ts";
import type { ReleaseRead } from "../../src/normalise/release-read.ts";
import type { EventDraft, ReadResult } from "../../src/readers/reader.ts";
import { emptyReadResult } from "../../src/readers/reader.ts";
import { lineSpan } from "../../src/model/position.ts";
import { truncationRecord } from "../../src/normalise/release-record.ts";

export function rich(text: string): RichText {
  return { text, html: `<p>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>` };
}

export function history(text: string, kind: HistoryEntry["kind"] = "note", events: string[] = []): HistoryEntry {
  return { kind, text, fields: [], events };
}

export function field(name: string, over: Partial<Field> = {}): Field {
  return {
    name,
    type: "string",
    description: rich(`The ${name}.`),
    fields: [],
    history: [],
    provenance: lineSpan("f.rst", 1, 1),
    ...over,
  };
}

export function draft(names: string[], over: Partial<EventDraft> = {}, line = 10): EventDraft {
  return {
    names,
    category: "Problem Interaction Events",
    audience: "student",
    sources: ["server"],
    description: rich(`The server emits ${names[0] ?? ""} events.`),
    contextFields: [],
    eventFields: [],
    history: [],
    examples: [],
    provenance: lineSpan("f.rst", line, line + 1),
    ...over,
  };
}

export function release(id: string, coverage: Partial<ReleaseCoverage> = {}): Release {
  return {
    id,
    label: `Release ${id}`,
    date: /^\d{4}-\d{2}-\d{2}$/.test(id)
      ? id
      : /^\d{4}-\d{2}$/.test(id)
        ? `${id}-01`
        : /^\d{4}/.test(id)
          ? `${id.slice(0, 4)}-03-15`
          : "2014-05-07",
    datePrecision: "day",
    dateEstimated: false,
    upstream: {},
    sources: [],
    coverage: {
      audiences: ["student", "course-team", "general"],
      categories: [],
      partial: false,
      truncated: false,
      ...coverage,
    },
    counts: { events: 0, fields: 0, examples: 0, invalidExamples: 0, errors: 0, warnings: 0 },
  };
}

export function read(
  id: string,
  events: EventDraft[],
  over: Partial<ReadResult> = {},
  coverage: Partial<ReleaseCoverage> = {},
): ReleaseRead {
  // As the pipeline does, a reader's truncation is also the release's.
  const withCut = over.truncation
    ? { ...coverage, truncated: true, truncation: truncationRecord(over.truncation) }
    : coverage;
  return { release: release(id, withCut), result: { ...emptyReadResult(), events, ...over } };
}
