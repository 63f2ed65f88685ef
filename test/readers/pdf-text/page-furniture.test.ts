// Page furniture removal on real lines of the guide: running headers (alone, glued to a table
// row, inside a code block) and the caption plus repeated header of a continued table.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { textSpan } from "../../../src/model/position.ts";
import { removePageFurniture } from "../../../src/readers/pdf-text/page-furniture.ts";

const HEADERS = ["Chapter 12. Events in the Tracking Logs", "12.3. Student Events", "12.3.1. Enrollment Events"];

function run(lines: string[]) {
  const sink = createDiagnosticSink();
  const result = removePageFurniture(lines, { from: 1, to: lines.length }, HEADERS, "t.txt", sink);
  return { ...result, sink };
}

describe("removePageFurniture", () => {
  test("drops a page-number header and a section header line, recording page breaks", () => {
    const r = run([
      "state\tobject\tCurrent problem state.",
      "126\t\tChapter 12. Events in the Tracking Logs",
      "",
      "12.3. Student Events\t\t",
      "problem_check_fail",
    ]);
    expect(r.lines.map((l) => l.text)).toEqual(["state\tobject\tCurrent problem state.", "", "problem_check_fail"]);
    expect(r.pageBreaks).toEqual([2, 4]);
    expect(r.removed.map((x) => x.kind)).toEqual(["running-header", "running-header"]);
    expect(r.sink.diagnostics).toEqual([]);
  });

  test("cuts a header glued in front of a table row and keeps the row with its column", () => {
    const r = run(["12.3. Student Events options\tobject\tContains the followed Boolean."]);
    expect(r.lines).toEqual([
      { file: "t.txt", start: { line: 1, column: 22 }, text: "options\tobject\tContains the followed Boolean." },
    ]);
    expect(r.removed).toEqual([
      {
        span: textSpan("t.txt", { line: 1, column: 1 }, { line: 1, column: 20 }),
        kind: "glued-header",
        text: "12.3. Student Events",
      },
    ]);
    expect(r.sink.diagnostics.map((d) => d.rule)).toEqual(["pdf-text/glued-page-header"]);
  });

  test("does not touch a numbered heading (no dot after the number)", () => {
    const r = run(["12.3 Student Events", "12.3.1 Enrollment Events"]);
    expect(r.lines.map((l) => l.text)).toEqual(["12.3 Student Events", "12.3.1 Enrollment Events"]);
    expect(r.removed).toEqual([]);
  });

  test("removes a header inside a code block too", () => {
    const r = run(["```", "{", "126\t\tChapter 12. Events in the Tracking Logs", '  "a": 1', "}", "```"]);
    expect(r.lines.map((l) => l.text)).toEqual(["```", "{", '  "a": 1', "}", "```"]);
    expect(r.pageBreaks).toEqual([3]);
  });

  test("removes a continued-table caption and the repeated header row after it", () => {
    const r = run([
      "Event\tDescription",
      "edx.cohort.user_added\t<i>Student Cohort Events</i>",
      "",
      "Table 11.1 – continued from previous page",
      "",
      "Event\tDescription",
      "edx.cohort.user_removed\t<i>Student Cohort Events</i>",
    ]);
    expect(r.lines.map((l) => l.text)).toEqual([
      "Event\tDescription",
      "edx.cohort.user_added\t<i>Student Cohort Events</i>",
      "",
      "",
      "edx.cohort.user_removed\t<i>Student Cohort Events</i>",
    ]);
    expect(r.removed.map((x) => [x.span.start.line, x.kind])).toEqual([
      [4, "continued-caption"],
      [6, "repeated-table-header"],
    ]);
  });
});
