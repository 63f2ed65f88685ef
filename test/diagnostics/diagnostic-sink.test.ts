// The sink takes each diagnostic's file from the position it is reported at: one sink collects a
// release's diagnostics across its files (an included file keeps its own name).
import { describe, expect, test } from "vitest";
import { createDiagnosticSink, mapPositions } from "../../src/diagnostics/diagnostic-sink.ts";
import { extractRules } from "../../src/extract/rules.ts";
import type { Diagnostic } from "../../src/model/diagnostic-schema.ts";
import { positionAt } from "../../src/model/position.ts";
import { rstRules } from "../../src/readers/rst/rules.ts";

// Places of real findings in the default content.
const TEAK = "upstream/docs.openedx.org/teak/tracking_logs/student_event_types.rst";
const NUTMEG = "upstream/edx-documentation/nutmeg/tracking_logs/student_event_types.rst";

describe("createDiagnosticSink", () => {
  test("the file comes from the position", () => {
    const sink = createDiagnosticSink();
    sink.report(rstRules["rst/truncated"], "the text stops mid-way", positionAt(TEAK, 787, 20));
    expect(sink.diagnostics).toEqual([
      {
        file: TEAK,
        line: 787,
        column: 20,
        severity: rstRules["rst/truncated"].severity,
        rule: "rst/truncated",
        message: "the text stops mid-way",
      },
    ]);
  });

  test("two files in one sink, in the order reported", () => {
    const into: Diagnostic[] = [];
    const sink = createDiagnosticSink(into);
    sink.report(rstRules["rst/truncated"], "a", positionAt(TEAK, 787, 20));
    sink.report(rstRules["rst/truncated"], "b", positionAt(NUTMEG, 797, 20));
    expect(sink.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      `${TEAK}:787:20 a`,
      `${NUTMEG}:797:20 b`,
    ]);
    expect(into).toBe(sink.diagnostics);
  });

  test("an end gives endLine, and endColumn where the end has a column", () => {
    const sink = createDiagnosticSink();
    // "Semptember 20 2021" on line 787 from column 20: 18 characters, the last at column 37.
    sink.report(extractRules["history/misspelled-month"], "m", positionAt(TEAK, 787, 20, { line: 787, column: 37 }));
    // A range of whole lines (a section without a description) has no end column.
    sink.report(rstRules["rst/empty-event-description"], "e", positionAt(TEAK, 120, 1, { line: 124 }));
    const [month, lines] = sink.diagnostics;
    expect([month?.endLine, month?.endColumn]).toEqual([787, 37]);
    expect(lines?.endLine).toBe(124);
    expect(lines && "endColumn" in lines).toBe(false);
  });

  test("a point has neither endLine nor endColumn; places below 1 are clamped", () => {
    const sink = createDiagnosticSink();
    sink.report(rstRules["rst/truncated"], "p", positionAt(TEAK, 0, -3));
    const [d] = sink.diagnostics;
    expect([d?.line, d?.column]).toEqual([1, 1]);
    expect(d && ("endLine" in d || "endColumn" in d)).toBe(false);
  });

  test("a severity given with the report wins over the rule's", () => {
    const sink = createDiagnosticSink();
    sink.report(rstRules["rst/truncated"], "w", positionAt(TEAK, 1, 1), "info");
    expect(sink.diagnostics[0]?.severity).toBe("info");
  });
});

describe("mapPositions", () => {
  test("reports into the same list at the mapped position, file included", () => {
    const sink = createDiagnosticSink();
    const mapped = mapPositions(sink, (p) => positionAt(NUTMEG, p.start.line + 10, p.start.column));
    mapped.report(rstRules["rst/truncated"], "moved", positionAt(TEAK, 787, 20));
    expect(mapped.diagnostics).toBe(sink.diagnostics);
    expect(sink.diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([[NUTMEG, 797, 20]]);
  });
});
