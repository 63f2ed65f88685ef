import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { resolveSharedFields } from "../../../src/normalise/shared-fields.ts";
import { createCollapsedRstReader } from "../../../src/readers/rst-collapsed/collapsed-reader-factory.ts";
import { collapsedRstReader } from "../../../src/readers/rst-collapsed/collapsed-rst-reader.ts";
import { emptyReadResult, type ReaderInput } from "../../../src/readers/reader.ts";
import { defineFixtureTests } from "../../support/fixture-cases.ts";
import { collapsedRules } from "../../../src/readers/rst-collapsed/rules.ts";
import { lineSpan, positionAt, spanAt, textSpan } from "../../../src/model/position.ts";

function inputOf(path: string, text: string): ReaderInput {
  return { files: [{ path, text }], library: new Map([[path, text]]) };
}

describe("collapsedRstReader fixtures (restored text read by the RST reader)", () => {
  defineFixtureTests(join(import.meta.dirname, "fixtures", "read"), (c) => {
    const sink = createDiagnosticSink();
    const output = collapsedRstReader.read(inputOf("input.rst", c.input), sink);
    resolveSharedFields(output.events, sink);
    return { output, messages: sink.diagnostics };
  });
});

describe("mapping what the RST reader says back to the original line", () => {
  const text = "================= ``a_event`` ================= The server emits it. **Event Source**: Server";
  // A stand-in RST reader: one event per ``name`` title line, a diagnostic on the title's 3rd column.
  const reader = createCollapsedRstReader((input, sink) => {
    const result = emptyReadResult();
    const file = input.files[0];
    if (!file) return result;
    const lines = file.text.split("\n");
    expect(lines.slice(0, 3)).toEqual(["=================", "``a_event``", "================="]);
    sink.report(
      collapsedRules["collapsed/unknown-directive"],
      "stand-in",
      positionAt(file.path, 2, 3, { line: 5, column: 4 }),
    );
    const provenance = lineSpan(file.path, 1, 5);
    result.events.push({
      names: ["a_event"],
      category: "A",
      audience: "student",
      sources: ["server"],
      description: { text: "", html: "" },
      contextFields: [],
      eventFields: [
        {
          name: "x",
          type: "string",
          description: { text: "", html: "" },
          fields: [
            {
              name: "y",
              type: "string",
              description: { text: "", html: "" },
              fields: [],
              history: [],
              provenance: lineSpan(file.path, 7, 7),
            },
          ],
          history: [],
          provenance: lineSpan(file.path, 7, 7),
        },
      ],
      history: [{ kind: "note", text: "n", fields: [], events: [], provenance: lineSpan(file.path, 5, 5) }],
      examples: [],
      provenance,
    });
    result.used.push(spanAt(file.path, 1, 1, 3), spanAt(file.path, 5, 1, 7));
    result.skipped.push({ position: lineSpan(file.path, 5, 5), rule: "r", reason: "why" });
    return result;
  });
  const sink = createDiagnosticSink();
  const result = reader.read(inputOf("f.rst", text), sink);
  const col = (s: string): number => text.indexOf(s) + 1;

  test("diagnostic places move to line 1 and original columns", () => {
    expect(sink.diagnostics[0]).toMatchObject({
      line: 1,
      column: col("``a_event``") + 2,
      endLine: 1,
      endColumn: col("The server") + 3,
    });
  });

  test("provenance of events, nested fields and history gets columns", () => {
    const event = result.events[0];
    expect(event?.provenance).toEqual(
      textSpan(
        "f.rst",
        { line: 1, column: 1 },
        { line: 1, column: col("The server") + "The server emits it.".length - 1 },
      ),
    );
    const field = event?.eventFields[0];
    expect(field?.provenance).toEqual(
      textSpan("f.rst", { line: 1, column: col("**Event") }, { line: 1, column: text.length }),
    );
    expect(field?.fields[0]?.provenance.start.column).toBe(col("**Event"));
    expect(event?.history[0]?.provenance?.start.column).toBe(col("The server"));
  });

  test("used ranges keep the columns they cover on the one line; skipped keeps its reason with columns", () => {
    expect(result.used).toEqual([
      { file: "f.rst", start: { line: 1, column: 1 }, end: { line: 1, column: col("The server") - 2 } },
      { file: "f.rst", start: { line: 1, column: col("The server") }, end: { line: 1, column: text.length } },
    ]);
    expect(result.skipped).toEqual([
      {
        position: lineSpan("f.rst", 1, 1),
        rule: "r",
        reason: `why (columns ${col("The server")}-${col("The server") + 19})`,
      },
    ]);
  });

  test("a text ending on a label value is not reported as truncated", () => {
    expect(result.truncation).toBeUndefined();
  });
});

describe("reading the whole 2023 Student Events source", () => {
  const path = "sources/2023-openedx-student-event-types.rst";
  const text = readFileSync(join(import.meta.dirname, "../../../content", path), "utf8");
  const sink = createDiagnosticSink();
  const result = collapsedRstReader.read(inputOf(path, text), sink);
  resolveSharedFields(result.events, sink);
  const names = new Set(result.events.flatMap((e) => e.names));

  test("70 distinct event names: 68 '=' titles outside the comment, one of them naming two events, plus page_close", () => {
    // 71 `=` titles with ``names`` on the line, 3 of them in the commented-out Badging section.
    expect(names.size).toBe(70);
    expect(names.has("page_close")).toBe(true);
    expect(names.has("edx.course.enrollment.activated") && names.has("edx.course.enrollment.deactivated")).toBe(true);
    expect([...names].filter((n) => n.startsWith("edx.badge."))).toEqual([]);
  });

  test("every provenance sits on line 1 with columns inside the text", () => {
    for (const e of result.events) {
      expect(e.provenance.start.line).toBe(1);
      expect(e.provenance.start.column).toBeGreaterThanOrEqual(1);
      expect(e.provenance.end.column).toBeLessThanOrEqual(text.length);
      for (const f of e.eventFields)
        expect(text.slice((f.provenance.start.column ?? 0) - 1), f.name).toMatch(/^\* (?:- )?``/);
    }
  });

  test("the 9 'Example ``x`` Event(s)' sections are no drafts: their 10 examples join the events they name", () => {
    expect(result.events).toHaveLength(70);
    const withExamples = result.events
      .filter((e) => e.examples.length > 0)
      .map((e) => `${e.names[0]}:${e.examples.length}`);
    expect(withExamples).toEqual([
      "edx.ui.lms.jump_nav.selected:1",
      "edx.ui.lms.link_clicked:1",
      "edx.ui.lms.outline.selected:1",
      "edx.ui.lms.sequence.next_selected:2",
      "edx.ui.lms.sequence.previous_selected:2",
      "edx.ui.lms.sequence.tab_selected:1",
      // The example names only the second event of the shared "activated and deactivated" section.
      "edx.course.enrollment.deactivated:1",
      "edx.video.bumper.played:1",
    ]);
    // The prose above each of the two next_selected examples captions it.
    const next = result.events.find((e) => e.names[0] === "edx.ui.lms.sequence.next_selected");
    expect(next?.examples.map((x) => x.title?.slice(0, 60))).toEqual([
      "The following example shows the relevant fields in the event",
      "The following example shows the relevant fields in the event",
    ]);
    expect(sink.diagnostics.filter((d) => d.rule === "rst/example-without-event")).toEqual([]);
  });

  test("fields said to 'serve the same purpose' as another event's are copied from it, with a note", () => {
    const fieldNames = (name: string): string[] =>
      result.events.find((e) => e.names[0] === name)?.eventFields.map((f) => f.name) ?? [];
    expect(fieldNames("edx.ui.lms.sequence.previous_selected")).toEqual(
      fieldNames("edx.ui.lms.sequence.next_selected"),
    );
    expect(fieldNames("edx.course.student_notes.deleted")).toEqual(fieldNames("edx.course.student_notes.added"));
    // bookmark.removed takes three fields from bookmark.accessed and course_id from bookmark.added.
    const removed = result.events.find((e) => e.names[0] === "edx.bookmark.removed");
    expect(removed?.eventFields.map((f) => `${f.name}<${f.history.at(-1)?.events[0] ?? ""}`)).toEqual([
      "bookmark_id<edx.bookmark.accessed",
      "component_type<edx.bookmark.accessed",
      "component_usage_id<edx.bookmark.accessed",
      "course_id<edx.bookmark.added",
    ]);
    const copied = result.events.flatMap((e) =>
      e.eventFields.filter((f) => f.history.some((h) => h.kind === "note" && h.text.startsWith("Documented as"))),
    );
    // 151 of the 327 event and context fields come from such sentences (176 are in the events' own tables),
    // among them the six that tab_selected lists after its table ("also includes the following …").
    expect(copied).toHaveLength(151);
    expect(fieldNames("edx.ui.lms.sequence.tab_selected")).toEqual([
      "target_tab",
      "current_tab",
      "id",
      "new",
      "old",
      "tab_count",
      "widget_placement",
    ]);
    expect(sink.diagnostics.filter((d) => d.rule === "shared-fields/unresolved")).toEqual([]);
  });

  test("all 10 JSON examples are kept; problem_check keeps the 8 fields before the cut", () => {
    expect(result.events.reduce((n, e) => n + e.examples.length, 0)).toBe(10);
    const problemCheck = result.events.find((e) => e.names.includes("problem_check"));
    expect(problemCheck?.eventFields.map((f) => f.name)).toEqual([
      "answers",
      "attempts",
      "correct_map",
      "grade",
      "max_grade",
      "problem_id",
      "state",
      "submission",
    ]);
    expect(result.truncation).toEqual({
      position: positionAt(path, 1, text.length),
      lastText: text.slice(-60),
    });
    expect(sink.diagnostics.filter((d) => d.rule === "collapsed/truncated").length).toBe(1);
  });
});

describe("markup checks of the RST reader reach the original line", () => {
  test("an unknown role is an info at its column of the collapsed text", () => {
    const text =
      "================= ``a_event`` ================= The server emits it for :frob:`units`. **Event Source**: Server";
    const sink = createDiagnosticSink();
    const result = collapsedRstReader.read(inputOf("f.rst", text), sink);
    expect(result.events.map((e) => e.names[0])).toEqual(["a_event"]);
    expect(sink.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ["rst/unknown-role", 1, text.indexOf(":frob:") + 1],
    ]);
  });
});
