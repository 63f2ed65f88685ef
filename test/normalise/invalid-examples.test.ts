// Each invalid example becomes a diagnostic at the place of its JSON error in the source file: here
// the 2014-05 enrollment example, whose missing comma sits before `"name"` on line 94.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { reportInvalidExamples } from "../../src/normalise/invalid-examples.ts";
import { enrollmentText, readEnrollment } from "./read-fixture.ts";

describe("reportInvalidExamples", () => {
  test("a repaired example is reported as repaired, at the line and column of its error", () => {
    const read = readEnrollment();
    const sink = createDiagnosticSink();
    const reported = reportInvalidExamples(read.result, read.library, sink);
    expect(reported).toBe(2);
    const line = enrollmentText.split("\n")[93] ?? "";
    expect(line.trim()).toBe('"name": "edx.course.enrollment.activated",');
    expect(sink.diagnostics.map((d) => [d.file, d.line, d.column, d.rule])).toEqual([
      ["sources/2014-05-tracking-logs.rst", 94, line.indexOf('"name"') + 1, "example/repaired-json"],
      ["sources/2014-05-tracking-logs.rst", 94, line.indexOf('"name"') + 1, "example/repaired-json"],
    ]);
    expect(sink.diagnostics[0]?.message).toMatch(
      /^example of edx\.course\.enrollment\.activated is not valid JSON \(.* at line 18, column 5 of the example\); repaired: missing-comma, unquoted-value$/,
    );
  });

  test("without the file's text the place is the start of the example", () => {
    const read = readEnrollment();
    const sink = createDiagnosticSink();
    reportInvalidExamples(read.result, new Map(), sink);
    const start = read.result.events[0]?.examples[0]?.provenance.start.line;
    expect(sink.diagnostics[0]?.line).toBe(start);
  });

  test("a valid example reports nothing", () => {
    const read = readEnrollment();
    for (const event of read.result.events)
      event.examples = event.examples.map((e) => ({ ...e, valid: true, code: e.repaired?.code ?? e.code }));
    const sink = createDiagnosticSink();
    expect(reportInvalidExamples(read.result, read.library, sink)).toBe(0);
    expect(sink.diagnostics).toEqual([]);
  });
});
