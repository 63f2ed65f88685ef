// The whole 2023 collapsed source, restored: counts of constructs in the restored text against
// counts made with regular expressions on the one original line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { toOriginalColumn } from "../../../src/readers/rst-collapsed/line-map.ts";
import { restoreLineBreaks } from "../../../src/readers/rst-collapsed/restore-line-breaks.ts";

const path = "sources/2023-openedx-student-event-types.rst";
const source = readFileSync(join(import.meta.dirname, "../../../content", path), "utf8");
const sink = createDiagnosticSink();
const restored = restoreLineBreaks(source, path, sink);
const lines = restored.text.split("\n");

function count(text: string, re: RegExp): number {
  return [...text.matchAll(re)].length;
}

/** Titles in the restored text: [overline?, title, underline] with the line index of the title. */
function restoredTitles(): { title: string; indent: number; over: boolean }[] {
  const out: { title: string; indent: number; over: boolean }[] = [];
  lines.forEach((line, n) => {
    const under = line.trim();
    if (n === 0 || !/^([=*#~^-])\1{2,}$/.test(under)) return;
    const title = lines[n - 1] ?? "";
    if (title.trim() === "" || /^([=*#~^-])\1{2,}$/.test(title.trim())) return;
    out.push({ title: title.trim(), indent: line.length - under.length, over: (lines[n - 2] ?? "").trim() === under });
  });
  return out;
}

describe("restoring the 2023 Student Events source", () => {
  test("the source is one line of about 100 KB", () => {
    expect(source.includes("\n")).toBe(false);
    expect(source.length).toBe(101929);
  });

  test("nothing is lost or added, and every line maps back verbatim", () => {
    expect(restored.text.replace(/\s+/g, "")).toBe(source.replace(/\s+/g, ""));
    lines.forEach((line, n) => {
      const body = line.trimStart();
      if (body === "") return;
      const column = toOriginalColumn(restored.lines, n + 1, line.length - body.length + 1);
      expect(source.slice(column - 1, column - 1 + body.length)).toBe(body);
    });
  });

  test("section titles: 95 over- and underlined (79 '=', 15 '*', 1 '#') plus the one underline-only title", () => {
    // Over/underlined titles on the original line: an adornment, the title, the same adornment.
    const overUnder = [...source.matchAll(/(?<= |^)(([=*#])\2{2,}) (.+?) \1(?= |$)/g)];
    expect(overUnder.length).toBe(95);
    expect(overUnder.filter((m) => m[2] === "=").length).toBe(79);
    expect(overUnder.filter((m) => m[2] === "*").length).toBe(15);
    const titles = restoredTitles();
    expect(titles.filter((t) => t.over).map((t) => t.title)).toEqual(overUnder.map((m) => m[3]));
    expect(titles.filter((t) => !t.over).map((t) => t.title)).toEqual(["``page_close``"]);
  });

  test("event titles: 71 named ones, 3 of them (Badging) inside the comment", () => {
    const named = restoredTitles().filter((t) => t.title.startsWith("``"));
    const inSource = count(source, /(?<= |^)(=+) ``[^`]+``( and ``[^`]+``)? \1(?= )/g);
    expect(inSource).toBe(71);
    expect(named.length).toBe(71 + 1); // + ``page_close`` (underline only)
    const commented = named.filter((t) => t.indent > 0).map((t) => t.title);
    expect(commented).toEqual([
      "``edx.badge.assertion.created``",
      "``edx.badge.assertion.shared``",
      "``edx.badge.assertion.evidence_visited``",
    ]);
  });

  test("targets, list-tables, rows and code blocks are all restored", () => {
    expect(count(restored.text, /^\s*\.\. _[^\n]+:$/gm)).toBe(count(source, /(?<= |^)\.\. _/g));
    expect(count(restored.text, /^\s*\.\. list-table::$/gm)).toBe(55);
    expect(count(restored.text, /^\s*:widths: 15 15 60$/gm)).toBe(55);
    expect(count(restored.text, /^\s*\* - /gm)).toBe(count(source, / \* - /g));
    expect(count(restored.text, /^\s*\.\. code-block:: json$/gm)).toBe(10);
    const codeLines = lines.filter((_line, n) => /^\s*\.\. code-block::/.test(lines[n - 2] ?? "")).map((l) => l.trim());
    expect(codeLines.length).toBe(10);
    for (const code of codeLines) expect(code).toMatch(/^\{.*\}$/);
  });

  test("the end is found cut off inside the problem_check table", () => {
    expect(restored.truncation?.column).toBe(source.length);
    expect(restored.truncation?.lastText.endsWith("Presents the question or prompt from the ``")).toBe(true);
    expect(restored.truncation?.reasons).toContain("inside an inline literal");
  });

  test("the guesses are reported at original columns", () => {
    expect(sink.diagnostics.map((d) => [d.rule, d.column])).toEqual([
      ["collapsed/underline-only-title", source.indexOf("``page_close`` *****") + 1],
      ["collapsed/commented-out-section", source.indexOf(".. Badging") + 1],
    ]);
    const commented = sink.diagnostics[1];
    expect(source.slice(0, commented?.endColumn).endsWith("* ``user_id``")).toBe(true);
    expect(source.slice(commented?.endColumn).startsWith(" .. _bookmark_events:")).toBe(true);
  });
});
