// The smallest inputs behind the failures readers-fuzz.test.ts found, kept as plain tests so each
// bug has one short, readable reproduction. Each input is cut from real lines of a source (or is the
// fuzz output reduced by hand). While a bug is open its test is marked as a known bug, naming it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { SourceFormat } from "../../src/model/release-schema.ts";
import { readers } from "../../src/pipeline/reader-registry.ts";
import { diagnosticProblems, resultProblems } from "./support/position-checks.ts";

const SOURCES = join(import.meta.dirname, "../../content/sources");

function problems(format: SourceFormat, text: string): string[] {
  const path = "sources/input";
  const sink = createDiagnosticSink();
  const result = readers[format].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  return [...diagnosticProblems(sink.diagnostics, path, text), ...resultProblems(result, path, text)];
}

function sourceLines(file: string, from: number, to: number): string {
  return readFileSync(join(SOURCES, file), "utf8")
    .split("\n")
    .slice(from - 1, to)
    .join("\n");
}

describe("grid tables cut short (rst, rst-inventory)", () => {
  // Lines 47–50 of the 2013 inventory: the event table's border, header, separator and the first
  // line of the seq_goto row, where the text stops.
  const cutInRow = sourceLines("2013-inventory-tracking-logs.rst", 47, 50);

  test("the input is what the comment says", () => {
    expect(cutInRow.split("\n")[3]).toMatch(/^\| ``seq_goto`` {2,}\| Fired when a user jumps/);
  });

  // Was a bug (src/readers/rst-inventory): an event whose row is cut after its first line got the
  // provenance {line: 4, endLine: 3}: endLine before line.
  test("rst-inventory: a row cut after its first line keeps endLine ≥ line", () => {
    expect(problems("rst-inventory", cutInRow)).toEqual([]);
  });

  // Was a bug (src/readers/rst/grid-table.ts, shared by both readers): a table cut inside its bottom
  // border reported rst/grid-table-malformed at 3:13, past the end of the 3-character line 3.
  const cutInBorder = "+-----+-----+\n| a   | b   |\n+--";
  test("rst: a table cut inside its bottom border is reported inside the line", () => {
    expect(problems("rst", cutInBorder)).toEqual([]);
  });
  test("rst-inventory: a table cut inside its bottom border is reported inside the line", () => {
    expect(problems("rst-inventory", cutInBorder)).toEqual([]);
  });
});

describe("collapsed RST that still has a line break (rst-collapsed)", () => {
  const collapsed = readFileSync(join(SOURCES, "2023-openedx-student-event-types.rst"), "utf8");

  test("a single final newline is fine", () => {
    expect(problems("rst-collapsed", `${collapsed.slice(0, 2257)}\n`)).toEqual([]);
  });

  // Was a bug (src/readers/rst-collapsed): positions were counted from the start of the text as if
  // it were one line, so after a "\n" every line:column pointed past the end of line 1.
  // "abc def ghi jkl\nabc" got collapsed/truncated at 1:19 (line 1 has 15 characters).
  test("a line break inside the text: the truncation is placed on the line it is on", () => {
    expect(problems("rst-collapsed", "abc def ghi jkl\nabc")).toEqual([]);
  });

  // Same bug with real text: the first 2,257 characters of the 2023 source with a line break after
  // character 100; the event edx.badge.assertion.evidence_visited and its diagnostics landed on line 1
  // at columns up to 2258.
  test("a line break inside the text: events and diagnostics stay inside their lines", () => {
    const text = `${collapsed.slice(0, 100)}\n${collapsed.slice(100, 2257)}`;
    expect(problems("rst-collapsed", text)).toEqual([]);
  });
});
