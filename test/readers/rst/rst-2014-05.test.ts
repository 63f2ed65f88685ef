// The whole May 2014 chapter, checked against counts read from the text itself with grep-like
// patterns, so that every difference between the text and the catalog is explained here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../../../src/model/diagnostic-schema.ts";
import type { Field } from "../../../src/model/field-schema.ts";
import type { ReadResult } from "../../../src/readers/reader.ts";
import { readRst } from "../../../src/readers/rst/rst-reader.ts";

const path = "sources/2014-05-tracking-logs.rst";
const text = readFileSync(join(import.meta.dirname, "../../../content", path), "utf8");
const lines = text.split("\n");
const count = (pattern: RegExp): number => lines.filter((l) => pattern.test(l)).length;

let result: ReadResult;
let diagnostics: readonly Diagnostic[];
beforeAll(() => {
  const sink = createDiagnosticSink();
  result = readRst({ files: [{ path, text }], library: new Map() }, sink);
  diagnostics = sink.diagnostics;
});

const names = (): string[] => result.events.map((e) => e.names.join(","));

describe("2014-05 chapter", () => {
  test("every event the text documents is a draft", () => {
    // Titles naming events: ``x`` titles under any adornment, each name once.
    const titled = new Set<string>();
    lines.forEach((line, i) => {
      const next = lines[i + 1] ?? "";
      // Common-field titles ("``agent`` Field") name fields, not events.
      if (!/^\s*``/.test(line) || / Field\s*$/.test(line) || !/^([-=])\1{3,}\s*$/.test(next)) return;
      for (const m of line.matchAll(/``([^`]+)``/g)) if (!m[1]?.includes("*")) titled.add(m[1] ?? "");
    });
    // 5 category bullets ("``x`` is emitted") and 14 bare-name bullets under "… Event Types".
    const emitted = count(/^\* (?:When .*, ``[\w.]+``|``[\w.]+`` is emitted)/);
    const bare = count(/^\* ``[\w-]+``\s*$/);
    expect(titled.size).toBe(66);
    expect(emitted).toBe(5);
    expect(bare).toBe(14);
    // The closing inventory table (Event | ``event`` Fields | Type) adds the five names its first
    // row gives that no section documents (dump-grades-raw, dump-grades-csv, dump-grades-csv-raw,
    // dump-answer-dist-csv, dump-graded-assignments-config; dump-grades and list-students have sections).
    const summaryStart = lines.findIndex((l) => /^\| Event\s+\|/.test(l));
    const firstRow = lines.slice(summaryStart + 2, summaryStart + 9).map((l) => /^\| ``([\w-]+)``/.exec(l)?.[1] ?? "");
    const bullets = new Set(lines.flatMap((l) => /^\* ``([\w-]+)``\s*$/.exec(l)?.[1] ?? []));
    const inventoryOnly = firstRow.filter((n) => !titled.has(n) && !bullets.has(n));
    expect(inventoryOnly.sort()).toEqual([
      "dump-answer-dist-csv",
      "dump-graded-assignments-config",
      "dump-grades-csv",
      "dump-grades-csv-raw",
      "dump-grades-raw",
    ]);
    // list-staff is both a title and a bullet; problem_check is titled twice (Browser, Server).
    const expected = titled.size + emitted + bare - 1 + 1 + 5;
    expect(result.events).toHaveLength(90);
    expect(expected).toBe(90);
    expect(names().filter((n) => n === "problem_check")).toHaveLength(2);
    expect(result.events.filter((e) => e.variant !== undefined).map((e) => e.variant)).toEqual(["browser", "server"]);
  });

  test("audiences follow the Student Events and Instructor Events parts", () => {
    expect(result.events.filter((e) => e.audience === "student")).toHaveLength(53);
    expect(result.events.filter((e) => e.audience === "course-team")).toHaveLength(37);
  });

  test("every field row of a per-event table is read once", () => {
    // list-table rows naming a field, and per-event grid rows (the summary grid table at the end
    // repeats them: its names that sections document are not read again).
    const listRows = count(/^\s+\* -\s+``/);
    const summaryStart = lines.findIndex((l) => /^\| Event\s+\|/.test(l));
    const gridRows = lines.slice(0, summaryStart).filter((l) => /^\| ``[^`]+``\s+\| \S/.test(l)).length;
    expect(listRows).toBe(138);
    expect(gridRows).toBe(20);
    const rows = new Set<string>();
    for (const e of result.events)
      for (const f of [...e.contextFields, ...e.eventFields]) rows.add(`${f.provenance.start.line}`);
    expect(rows.size).toBe(listRows + gridRows);
  });

  test("nested member fields come from the bullets in correct_map and submission cells", () => {
    const bullets = count(/^\s+\* ``\w+``: /);
    expect(bullets).toBe(12);
    const server = result.events.find((e) => e.variant === "server");
    const nested = (server?.eventFields ?? []).flatMap((f: Field) => f.fields.map((n) => `${f.name}.${n.name}`));
    expect(nested).toHaveLength(bullets);
    expect(nested).toContain("correct_map.queuestate");
    expect(nested).toContain("submission.variant");
  });

  test("differences from the text are diagnostics", () => {
    const rules = diagnostics.map((d) => d.rule);
    expect(rules).toContain("rst/indented-title"); // " ``delete-student-module-state`` …" title
    expect(rules).toContain("rst/type-details-swapped"); // username: type and details swapped
    expect(result.skipped.map((s) => s.rule)).toEqual(["rst/non-event-code"]);
    expect(diagnostics.filter((d) => d.rule === "rst/listed-events").map((d) => d.line)).toEqual([2213]);
    const emptyDescriptions = diagnostics.filter((d) => d.rule === "rst/empty-event-description");
    expect(emptyDescriptions.length).toBeGreaterThan(0);
    expect(result.truncation).toBeUndefined();
  });

  test("common fields are the eleven ``x`` Field sections", () => {
    expect(count(/^``\w+`` Field\s*$/)).toBe(11);
    expect(result.commonFields.map((f) => f.name)).toEqual([
      "agent",
      "context",
      "event",
      "event_source",
      "event_type",
      "host",
      "ip",
      "page",
      "session",
      "time",
      "username",
    ]);
    expect(result.commonFields.find((f) => f.name === "username")?.type).toBe("string");
  });

  test("the context field's prose bullets become its nested member fields", () => {
    // "* The ``course_id`` of …" (3 bullets) and "When included, ``course_user_tags`` contains a dictionary …".
    const bullets = lines.slice(165, 186).filter((l) => /^\* The ``\w+`` of /.test(l));
    expect(bullets).toHaveLength(3);
    const context = result.commonFields.find((f) => f.name === "context");
    expect(context?.fields.map((f) => [f.name, f.type])).toEqual([
      ["course_id", "unknown"],
      ["org_id", "unknown"],
      ["user_id", "unknown"],
      ["course_user_tags", "object"],
    ]);
    expect(context?.fields[3]?.typeAsWritten).toBe("dictionary");
    // No other common field states members in prose.
    expect(result.commonFields.filter((f) => f.fields.length > 0).map((f) => f.name)).toEqual(["context"]);
  });

  test("category prose counts as used only where it reaches an event's description", () => {
    const used = (n: number): boolean => result.used.some((u) => u.start.line <= n && n <= u.end.line);
    // Navigational Events: its intro is the description of the bullet-named seq_goto, seq_next, seq_prev.
    const navigational =
      lines.findIndex((l) => l.startsWith("The browser emits these events when a user selects a navigational")) + 1;
    expect(used(navigational)).toBe(true);
    expect(result.events.find((e) => e.names[0] === "seq_goto")?.description.text).toContain("navigational control");
    // Problem Interaction Events: its intro reaches none of the titled events below it.
    const problem = lines.findIndex((l) => l.startsWith("Problem interaction events are emitted by the server")) + 1;
    expect(used(problem)).toBe(false);
    expect(result.events.every((e) => e.category !== "")).toBe(true);
  });

  test("reviewer comments are neither content nor skipped", () => {
    const reviewerLine = lines.findIndex((l) => l.startsWith(".. reviewers, is this example")) + 1;
    expect(reviewerLine).toBeGreaterThan(0);
    expect(result.used.some((u) => u.start.line <= reviewerLine && reviewerLine <= u.end.line)).toBe(false);
    expect(result.skipped.some((s) => s.position.start.line === reviewerLine)).toBe(false);
  });

  test("the enrollment example is read, invalid as written", () => {
    const activated = result.events.find((e) => e.names[0] === "edx.course.enrollment.activated");
    expect(activated?.examples).toHaveLength(1);
    expect(activated?.examples[0]?.title).toBe("Example");
    expect(activated?.examples[0]?.valid).toBe(false);
  });
});
