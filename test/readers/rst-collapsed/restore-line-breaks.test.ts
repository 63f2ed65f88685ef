import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { toOriginalColumn } from "../../../src/readers/rst-collapsed/line-map.ts";
import { restoreLineBreaks } from "../../../src/readers/rst-collapsed/restore-line-breaks.ts";
import { defineFixtureTests } from "../../support/fixture-cases.ts";

const fixtures = join(import.meta.dirname, "fixtures", "restore");

/** restored.rst is the reviewed expectation of the rebuilt RST; regenerated like the JSON files. */
function expectRestored(caseDir: string, text: string): void {
  const path = join(caseDir, "restored.rst");
  if (process.env["UPDATE_FIXTURES"] === "1" || !existsSync(path)) {
    if (process.env["CI"] && !existsSync(path)) throw new Error(`missing expected fixture ${path}`);
    writeFileSync(path, text);
    return;
  }
  expect(text).toBe(readFileSync(path, "utf8"));
}

describe("restoreLineBreaks fixtures", () => {
  defineFixtureTests(fixtures, (c) => {
    const sink = createDiagnosticSink();
    const restored = restoreLineBreaks(c.input, "input.rst", sink);
    expectRestored(c.dir, restored.text);
    return {
      output: { lines: restored.lines.length, truncation: restored.truncation ?? null },
      messages: sink.diagnostics,
    };
  });
});

describe("restoreLineBreaks keeps every character in place", () => {
  const cases = ["section-titles", "truncated-end", "hand-complete-end"];
  for (const name of cases) {
    test(`${name}: each restored line is a verbatim slice at its mapped column`, () => {
      const input = readFileSync(join(fixtures, name, "input.rst"), "utf8");
      const restored = restoreLineBreaks(input, "input.rst", createDiagnosticSink());
      restored.text.split("\n").forEach((line, n) => {
        const body = line.trimStart();
        if (body === "") return;
        const column = toOriginalColumn(restored.lines, n + 1, line.length - body.length + 1);
        expect(input.slice(column - 1, column - 1 + body.length)).toBe(body);
      });
      expect(restored.text.replace(/\s+/g, "")).toBe(input.replace(/\s+/g, ""));
    });
  }
});
