import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import type { Field } from "../../../src/model/field-schema.ts";
import { inventoryReader } from "../../../src/readers/rst-inventory/inventory-reader.ts";
import { defineFixtureTests } from "../../support/fixture-cases.ts";
import { lineSpan } from "../../../src/model/position.ts";

function read(path: string, text: string) {
  const sink = createDiagnosticSink();
  const result = inventoryReader.read({ files: [{ path, text }], library: new Map() }, sink);
  return { result, diagnostics: sink.diagnostics };
}

describe("inventory reader fixtures", () => {
  defineFixtureTests(join(import.meta.dirname, "fixtures"), (c) => {
    const { result, diagnostics } = read("input.rst", c.input);
    return { output: result, messages: diagnostics };
  });
});

const SOURCE = "sources/2013-inventory-tracking-logs.rst";
const text = readFileSync(join(import.meta.dirname, "../../../content", SOURCE), "utf8");
const lines = text.split("\n");
const { result, diagnostics } = read(SOURCE, text);
const rulesAt = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => d.line);

/** The literal names in one column of the Event Types table (lines 50-239), counted from the raw text. */
function literalsInColumn(from: number, to: number, first = 50, last = 239): string[] {
  return lines
    .slice(first - 1, last)
    .flatMap((l) => [...l.slice(from, to).matchAll(/``([^`]+)``/g)].map((m) => m[1] ?? ""));
}

function countFields(fields: readonly Field[]): number {
  return fields.reduce((n, f) => n + 1 + countFields(f.fields), 0);
}

describe("the 2013 inventory (seed 001)", () => {
  test("the first column names 40 events: 32 rows, 8 of them old / new slash pairs", () => {
    const written = literalsInColumn(0, 37);
    expect(written).toHaveLength(40);
    expect(lines.slice(49, 239).filter((l) => /^\| ``[^`]+`` \/ /.test(l))).toHaveLength(8);
  });

  test("31 drafts: 32 rows less one placeholder name, explained; the pattern row is an event", () => {
    expect(result.events).toHaveLength(31);
    expect(rulesAt("inventory/not-an-event-name")).toEqual([113]);
    expect(
      result.skipped
        .filter((s) => s.rule === "inventory/not-an-event-name")
        .map((s) => [s.position.start.line, s.position.end.line]),
    ).toEqual([[113, 113]]);
    // Row 107 writes ``oe_[generated_event_type]``, "A 'lambda event' generated from HTML link text…".
    expect(rulesAt("inventory/pattern-name")).toEqual([107]);
    const lambda = result.events.find((e) => e.names[0] === "oe_[generated_event_type]");
    expect(lambda?.description.text).toMatch(/^A "lambda event" generated/);
    expect(lambda?.provenance).toMatchObject({ start: { line: 107 }, end: { line: 109 } });
    const names = result.events.flatMap((e) => e.names);
    expect(names).toHaveLength(39);
    expect(new Set(result.events.map((e) => e.names[0])).size).toBe(30);
    expect(rulesAt("inventory/documented-twice")).toEqual([147]);
  });

  test("slash pairs keep both names in the order written", () => {
    const pairs = result.events.filter((e) => e.names.length === 2).map((e) => e.names.join(" / "));
    expect(pairs).toEqual([
      "oe_hide_question / oe_hide_problem",
      "peer_grading_hide_question / peer_grading_hide_problem",
      "staff_grading_hide_question / staff_grading_hide_problem",
      "oe_show_question / oe_show_problem",
      "peer_grading_show_question / peer_grading_show_problem",
      "staff_grading_show_question / staff_grading_show_problem",
      "showanswer / show_answer",
      "problem_check / save_problem_check",
    ]);
  });

  test("problem_check is kept twice, as a browser and a server variant", () => {
    const checks = result.events.filter((e) => e.names[0] === "problem_check");
    expect(checks.map((e) => [e.variant, e.sources, e.sourcesAsWritten])).toEqual([
      ["browser", ["browser"], "CoffeeScript/JS"],
      ["server", ["server"], "Python"],
    ]);
  });

  test("59 field rows and 7 correct_map rows become 67 event fields and 14 member fields", () => {
    expect(literalsInColumn(109, 130)).toHaveLength(59);
    expect(literalsInColumn(148, 169, 161, 189)).toHaveLength(7);
    const topLevel = result.events.reduce((n, e) => n + e.eventFields.length, 0);
    const nested = result.events.reduce((n, e) => n + countFields(e.eventFields), 0) - topLevel;
    // 59 rows; the location row is shared by three slash pairs twice (+4); the four video rows
    // are given to play_video and pause_video both (+4).
    expect(topLevel).toBe(59 + 4 + 4);
    expect(rulesAt("inventory/field-crosses-events")).toEqual([122]);
    // correct_map's seven members, and their copy where problem_rescore says "(See above.)".
    expect(nested).toBe(14);
    expect(rulesAt("inventory/see-above")).toEqual([209]);
  });

  test("the correct_map sub-table gives typed, nullable member fields", () => {
    const check = result.events.find((e) => e.variant === "server");
    const correctMap = check?.eventFields.find((f) => f.name === "correct_map");
    expect(correctMap?.fields.map((f) => [f.name, f.type, f.nullable ?? null])).toEqual([
      ["answer_id", "string", null],
      ["correctness", "string", null],
      ["npoints", "integer", true],
      ["msg", "string", null],
      ["hint", "string", true],
      ["hintmode", "string", true],
      ["queuestate", "object", true],
    ]);
    expect(correctMap?.fields[1]?.values).toEqual(["correct", "incorrect"]);
    expect(correctMap?.fields[0]?.provenance).toEqual(lineSpan(SOURCE, 161, 161));
  });

  test("nine common fields, languages to sources, and components per slash pair", () => {
    expect(result.commonFields.map((f) => f.name)).toEqual([
      "agent",
      "event",
      "event_source",
      "event_type",
      "ip",
      "page",
      "session",
      "time",
      "username",
    ]);
    expect(result.commonFields[2]?.values).toEqual(["browser", "server"]);
    const bySource = (s: string) => result.events.filter((e) => e.sources.join() === s).length;
    expect([bySource("browser"), bySource("server")]).toEqual([22, 9]);
    const peer = result.events.find((e) => e.names[0] === "peer_grading_hide_question");
    expect(peer?.component).toBe("Peer Grading");
    expect(result.events.every((e) => e.category === "Event Types" && e.audience === "general")).toBe(true);
  });

  test("the prose outside the tables is skipped, every table line is used", () => {
    expect(
      result.skipped.filter((s) => s.rule === "inventory/prose-not-used").map((s) => s.position.start.line),
    ).toEqual([5, 9, 42, 44]);
    const used = new Set(
      result.used.flatMap((r) => Array.from({ length: r.end.line - r.start.line + 1 }, (_, k) => r.start.line + k)),
    );
    const unused = lines
      .map((l, k) => [k + 1, l] as const)
      .filter(([n, l]) => l.trim() !== "" && !used.has(n))
      .map(([n]) => n);
    expect(unused).toEqual([1, 2, 3, 5, 9, 42, 44, 113]);
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.rule)).toEqual([
      "inventory/not-an-event-name",
    ]);
  });
});

describe("the inventory cut short", () => {
  /** The file's first `count` lines, as if the text stopped there. */
  const cut = (count: number) => read(SOURCE, lines.slice(0, count).join("\n"));

  test("a row cut after its first line: its event ends on that line, not before it", () => {
    const seqGoto = lines.findIndex((l) => l.startsWith("| ``seq_goto``")) + 1;
    const { result: short } = cut(seqGoto);
    const event = short.events.find((e) => e.names.includes("seq_goto"));
    expect(event?.provenance).toEqual(lineSpan(SOURCE, seqGoto, seqGoto));
  });

  test("cut after any line of the Event Types table, every event and skipped block keeps endLine ≥ line", () => {
    const backwards: string[] = [];
    for (let count = 47; count <= 240; count++) {
      const { result: short } = cut(count);
      for (const r of [
        ...short.events.map((e) => ({
          what: e.names.join("/"),
          line: e.provenance.start.line,
          endLine: e.provenance.end.line,
        })),
        ...short.skipped.map((s) => ({ what: s.rule, line: s.position.start.line, endLine: s.position.end.line })),
      ]) {
        if (r.endLine < r.line) backwards.push(`${count} lines: ${r.what} ${r.line}..${r.endLine}`);
      }
    }
    expect(backwards).toEqual([]);
  });
});
