// The wiki-text reader on the whole 2013 wiki print: what the page documents, counted by reading it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../../../src/model/diagnostic-schema.ts";
import type { Field } from "../../../src/model/field-schema.ts";
import { snapshotSchema } from "../../../src/model/event-schema.ts";
import { fieldSchema } from "../../../src/model/field-schema.ts";
import type { ReadResult } from "../../../src/readers/reader.ts";
import { wikiTextReader } from "../../../src/readers/wiki-text/wiki-text-reader.ts";
import { publishedForm } from "../../support/published-form.ts";
import { lineSpan } from "../../../src/model/position.ts";

const path = "sources/2013-wiki-tracking-logs.txt";
const text = readFileSync(join(import.meta.dirname, "../../../content", path), "utf8");

let result: ReadResult;
let diagnostics: readonly Diagnostic[];
beforeAll(() => {
  const sink = createDiagnosticSink();
  result = wikiTextReader.read({ files: [{ path, text }], library: new Map() }, sink);
  diagnostics = sink.diagnostics;
});

const event = (name: string) => result.events.find((e) => e.names.includes(name));
const field = (fields: readonly Field[], name: string) => fields.find((f) => f.name === name);
const rules = (id: string) => diagnostics.filter((d) => d.rule === id);

describe("wiki-text reader on the 2013 wiki page", () => {
  test("reads the 10 common fields of lines 10–19", () => {
    expect(result.commonFields.map((f) => f.name)).toEqual([
      "username",
      "host",
      "session",
      "time",
      "ip",
      "agent",
      "page",
      "event_source",
      "event_type",
      "event",
    ]);
    expect(field(result.commonFields, "event_source")?.values).toEqual(["browser", "server"]);
    expect(field(result.commonFields, "username")?.description.text).toContain("empty string for anonymous events");
    expect(field(result.commonFields, "session")?.description.text).toContain("32 digits key");
  });

  // The page writes 8 browser event names in 9 row groups (book twice) and 4 server names in its
  // server table, but 2 of those server rows groups lost their event_type cell (lines 28 and 29–36):
  // 10 events reach the catalog, the 2 unnamed groups are reported.
  test("finds 2 named server events and 8 browser events", () => {
    const server = result.events.filter((e) => e.sources.includes("server")).map((e) => e.names[0]);
    const browser = result.events.filter((e) => e.sources.includes("browser")).map((e) => e.names[0]);
    expect(server).toEqual(["reset_problem", "$URL"]);
    expect(browser).toEqual([
      "book",
      "page_close",
      "play_video",
      "pause_video",
      "problem_check",
      "problem_show",
      "seq_goto",
      "seq_next",
    ]);
    for (const e of result.events)
      expect(snapshotSchema.safeParse(publishedForm({ ...e, release: "2013-wiki" })).error).toBeUndefined();
  });

  // Fields of the named events, counted on the page: reset_problem 3, $URL 2, book 3 (type, old,
  // new; the second book group repeats type and new), play_video 4, pause_video 4, problem_show 1,
  // seq_goto 3, seq_next 3; page_close ("empty") and problem_check ("none") have none.
  test("reads 23 event fields of the named events", () => {
    const counts = Object.fromEntries(result.events.map((e) => [e.names[0], e.eventFields.length]));
    expect(counts).toEqual({
      reset_problem: 3,
      $URL: 2,
      book: 3,
      page_close: 0,
      play_video: 4,
      pause_video: 4,
      problem_check: 0,
      problem_show: 1,
      seq_goto: 3,
      seq_next: 3,
    });
    for (const e of result.events)
      for (const f of e.eventFields) expect(fieldSchema.safeParse(publishedForm(f)).success).toBe(true);
  });

  test("merges the two book groups into one event with type values gotopage and nextpage", () => {
    const book = event("book");
    expect(result.events.filter((e) => e.names[0] === "book")).toHaveLength(1);
    expect(field(book?.eventFields ?? [], "type")?.values).toEqual(["gotopage", "nextpage"]);
    expect(field(book?.eventFields ?? [], "new")?.description.text).toBe(
      "to page number. Values/format: $PAGE. Example: 25.\n\nnext page number. Values/format: $PAGE. Example: 10.",
    );
    expect(book?.provenance).toEqual(lineSpan(path, 53, 57));
  });

  test("joins the speed values split over lines 62 and 64", () => {
    const speed = field(event("play_video")?.eventFields ?? [], "speed");
    expect(speed?.values).toEqual(["0.75", "1.0", "1.25", "1.50"]);
    expect(speed?.provenance).toMatchObject({ start: { line: 62 }, end: { line: 64 } });
  });

  test("keeps the event text of rows whose field cell is none or empty", () => {
    expect(event("page_close")?.description.text).toBe("'page' field indicates which page was being closed.");
    expect(event("problem_check")?.description.text).toMatch(/^event field contains the values of all input fields/);
  });

  test("repairs clipped and split names and reports each repair", () => {
    const repaired = rules("wiki/repaired-name").map((d) => `${d.line} ${d.message}`);
    for (const [line, from, to] of [
      [28, "roblem_id", "problem_id"],
      [30, "uccess", "success"],
      [31, "ttempts", "attempts"],
      [32, "orrect_map", "correct_map"],
      [37, "'problem_i' + 'd'", "problem_id"],
      [45, "'correctn' + 'ess'", "correctness"],
      [48, "'queuest' + 'ate'", "queuestate"],
      [44, "'hintmod' + 'е'", "hintmode"],
      [27, "ent fields", "event fields"],
    ] as const) {
      expect(repaired.some((m) => m.startsWith(`${line} `) && m.includes(from) && m.includes(`'${to}'`))).toBe(true);
    }
    expect(rules("wiki/repaired-name").every((d) => d.severity === "info")).toBe(true);
    expect(field(event("reset_problem")?.eventFields ?? [], "problem_id")?.typeAsWritten).toBe("string");
  });

  test("skips the jumbled line 33 with a warning", () => {
    expect(rules("wiki/unreadable-line").map((d) => [d.line, d.severity])).toEqual([[33, "warning"]]);
    expect(
      result.skipped
        .filter((s) => s.rule === "wiki/unreadable-line")
        .map((s) => [s.position.start.line, s.position.end.line]),
    ).toEqual([[33, 33]]);
  });

  test("reports the fields whose event_type is lost instead of inventing an event", () => {
    expect(
      result.events.some(
        (e) => /problem_check|save_problem_check/.test(e.names[0] ?? "") && e.sources.includes("server"),
      ),
    ).toBe(false);
    const lost = rules("wiki/lost-event-type");
    expect(lost.map((d) => d.line)).toEqual([28, 29, 35, 42]);
    expect(lost[1]?.message).toContain("problem_id, success, attempts, correct_map, state, answers");
    expect(lost[3]?.message).toContain("hint, hintmode, correctness, npoints, msg, queuestate");
    expect(
      result.skipped
        .filter((s) => s.rule === "wiki/lost-event-type")
        .map((s) => [s.position.start.line, s.position.end.line]),
    ).toEqual([
      [28, 28],
      [29, 32],
      [35, 36],
      [42, 48],
    ]);
  });

  test("every skipped block has a diagnostic at its first line", () => {
    for (const s of result.skipped)
      expect(diagnostics.some((d) => d.rule === s.rule && d.line === s.position.start.line)).toBe(true);
  });

  test("used and skipped lines do not overlap and cover every table row", () => {
    const used = new Set(
      result.used.flatMap((r) => Array.from({ length: r.end.line - r.start.line + 1 }, (_, i) => r.start.line + i)),
    );
    const skipped = new Set(
      result.skipped.flatMap(({ position: { start, end } }) =>
        Array.from({ length: end.line - start.line + 1 }, (_, i) => start.line + i),
      ),
    );
    for (const l of used) expect(skipped.has(l)).toBe(false);
    const lines = text.split("\n");
    const tabbed = lines.flatMap((l, i) => (l.includes("\t") ? [i + 1] : []));
    // Line 27 (the clipped header) is used: reset_problem and $URL below it reached the catalog.
    expect(tabbed.filter((l) => !used.has(l) && !skipped.has(l))).toEqual([]);
  });

  test("is deterministic", () => {
    const again = wikiTextReader.read({ files: [{ path, text }], library: new Map() }, createDiagnosticSink());
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});
