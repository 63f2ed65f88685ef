// Positions the RST reader gives on the restored text go back to the collapsed original in two
// steps, both position mappers: restored line and column → flat column of the original
// (position-remap.ts) → true line and column (original-lines.ts). Checked on the opening of the
// 2023 source, once as collapsed and once with a real line break inserted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink, mapPositions } from "../../../src/diagnostics/diagnostic-sink.ts";
import { positionAt } from "../../../src/model/position.ts";
import { createOriginalLines, originalPositions } from "../../../src/readers/rst-collapsed/original-lines.ts";
import { restoredPositions } from "../../../src/readers/rst-collapsed/position-remap.ts";
import { restoreLineBreaks } from "../../../src/readers/rst-collapsed/restore-line-breaks.ts";
import { rstRules } from "../../../src/readers/rst/rules.ts";

const path = "sources/2023-openedx-student-event-types.rst";
const full = readFileSync(join(import.meta.dirname, "../../../content", path), "utf8");
// ".. _Student_Event_Types: ############## Student Events ############## This section lists …"
const opening = full.slice(0, full.indexOf("For a list of events"));

/** The sink chain of the collapsed reader for `text`, and the restored text. */
function chain(text: string) {
  const sink = createDiagnosticSink();
  const original = createOriginalLines(text);
  const flat = mapPositions(sink, originalPositions(path, original));
  const restored = restoreLineBreaks(text, path, flat);
  const rst = mapPositions(flat, restoredPositions(path, restored.lines));
  return { sink, rst, restored: restored.text.split("\n") };
}

/** Restored (line, column) of the first occurrence of `word`. */
function find(lines: readonly string[], word: string): { line: number; column: number } {
  const line = lines.findIndex((l) => l.includes(word));
  return { line: line + 1, column: (lines[line] ?? "").indexOf(word) + 1 };
}

describe("collapsed-RST position mapping", () => {
  test("a restored title line maps back to its column on the one collapsed line", () => {
    const { sink, rst, restored } = chain(opening);
    const at = find(restored, "Student Events");
    expect(at.line).toBeGreaterThan(1); // the title is a line of its own once restored
    rst.report(
      rstRules["rst/truncated"],
      "title",
      positionAt(path, at.line, at.column, { line: at.line, column: at.column + 13 }),
    );
    const [d] = sink.diagnostics;
    const column = opening.indexOf("Student Events") + 1;
    expect([d?.file, d?.line, d?.column, d?.endLine, d?.endColumn]).toEqual([path, 1, column, 1, column + 13]);
    expect(opening.slice(column - 1, column - 1 + 14)).toBe("Student Events");
  });

  test("with a real line break in the original, the same word lands on line 2", () => {
    const cut = opening.indexOf("This section");
    const broken = `${opening.slice(0, cut - 1)}\n${opening.slice(cut)}`; // the space before "This" becomes a break
    const { sink, rst, restored } = chain(broken);
    const at = find(restored, "section lists");
    rst.report(rstRules["rst/truncated"], "prose", positionAt(path, at.line, at.column));
    expect(sink.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, "This ".length + 1]]);
  });

  test("positions in another file (an included one) pass through both mappers", () => {
    const { sink, rst } = chain(opening);
    rst.report(rstRules["rst/truncated"], "other", positionAt("part.rst", 3, 4, { line: 5 }));
    expect(sink.diagnostics.map((d) => [d.file, d.line, d.column, d.endLine])).toEqual([["part.rst", 3, 4, 5]]);
  });
});
