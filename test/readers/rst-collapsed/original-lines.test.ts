// A collapsed file that still holds real line breaks: every place the reader gives must be on the
// line it is on. Checked on the place conversion itself, and on real text of the 2023 source read
// once as one line and once with a line break: the places must agree once the break is counted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { collapsedRstReader } from "../../../src/readers/rst-collapsed/collapsed-rst-reader.ts";
import { createOriginalLines } from "../../../src/readers/rst-collapsed/original-lines.ts";
import { positionAt, textSpan } from "../../../src/model/position.ts";

describe("createOriginalLines", () => {
  const lines = createOriginalLines("abc def\nghi\n\njkl");

  test("a flat column becomes the line and column of its character", () => {
    expect(lines.multiline).toBe(true);
    expect(lines.at(1)).toEqual({ line: 1, column: 1 });
    expect(lines.at(7)).toEqual({ line: 1, column: 7 });
    expect(lines.at(8)).toEqual({ line: 1, column: 8 }); // the "\n" itself: just past the line's end
    expect(lines.at(9)).toEqual({ line: 2, column: 1 });
    expect(lines.at(13)).toEqual({ line: 3, column: 1 });
    expect(lines.at(16)).toEqual({ line: 4, column: 3 });
  });

  test("columns outside the text are clamped into it", () => {
    expect(lines.at(0)).toEqual({ line: 1, column: 1 });
    expect(lines.at(1000)).toEqual({ line: 4, column: 4 });
  });

  test("a flat position with an end becomes a position across lines", () => {
    expect(lines.position(positionAt("c.rst", 1, 5, { line: 1, column: 11 }))).toEqual(
      positionAt("c.rst", 1, 5, { line: 2, column: 3 }),
    );
    expect(lines.position(positionAt("c.rst", 1, 10))).toEqual(positionAt("c.rst", 2, 2));
  });

  test("skipped spans are named by columns on one line, by line:column across lines", () => {
    expect(createOriginalLines("one line only\n").multiline).toBe(false);
    expect(createOriginalLines("one line only\n").describe(5, 8)).toBe("columns 5-8");
    expect(lines.describe(5, 11)).toBe("lines 1:5-2:3");
  });
});

describe("the collapsed reader on text with a line break", () => {
  const source = readFileSync(
    join(import.meta.dirname, "../../../content/sources/2023-openedx-student-event-types.rst"),
    "utf8",
  );
  const oneLine = source.slice(0, 2257);
  const BREAK = 100;
  const twoLines = `${oneLine.slice(0, BREAK)}\n${oneLine.slice(BREAK)}`;

  function read(text: string) {
    const sink = createDiagnosticSink();
    const result = collapsedRstReader.read(
      { files: [{ path: "f.rst", text }], library: new Map([["f.rst", text]]) },
      sink,
    );
    return { result, messages: sink.diagnostics };
  }

  /** Where the one-line place (line 1, column c) is once a "\n" follows the first BREAK characters. */
  const shifted = (column: number): [number, number] => (column <= BREAK ? [1, column] : [2, column - BREAK]);

  test("diagnostics move to the line they are on", () => {
    const flat = read(oneLine).messages;
    const broken = read(twoLines).messages;
    expect(flat.length).toBeGreaterThan(0);
    expect(broken.map((d) => [d.rule, d.line, d.column])).toEqual(flat.map((d) => [d.rule, ...shifted(d.column)]));
    expect(broken.map((d) => (d.endColumn === undefined ? undefined : [d.endLine, d.endColumn]))).toEqual(
      flat.map((d) => (d.endColumn === undefined ? undefined : shifted(d.endColumn))),
    );
  });

  test("event provenance moves too, and the used range covers the text the event is on", () => {
    const flat = read(oneLine).result;
    const broken = read(twoLines).result;
    const event = flat.events[0];
    expect(event?.names).toEqual(["edx.badge.assertion.evidence_visited"]);
    const p = event?.provenance;
    const [line, column] = shifted(p?.start.column ?? 0);
    const [endLine, endColumn] = shifted(p?.end.column ?? 0);
    expect(broken.events[0]?.provenance).toEqual(
      textSpan("f.rst", { line, column }, { line: endLine, column: endColumn }),
    );
    // The used text starts where the event does and ends inside it (the cut-off words at the end are not used).
    expect(broken.used).toHaveLength(1);
    expect(broken.used[0]).toMatchObject({ file: "f.rst", start: { line, column }, end: { line: endLine } });
    expect(broken.used[0]?.end.column).toBeGreaterThan(column);
    expect(broken.used[0]?.end.column).toBeLessThanOrEqual(endColumn);
  });

  test("a truncation is placed at the last character, on the last line", () => {
    const { result, messages } = read("abc def ghi jkl\nabc");
    expect(result.truncation?.position.start).toEqual({ line: 2, column: 3 });
    expect(messages.filter((d) => d.rule === "collapsed/truncated").map((d) => [d.line, d.column])).toEqual([[2, 3]]);
  });

  test("a line break inside a restored line is read as a space", () => {
    const words = "================= ``a_event`` ================= The server\nemits it. **Event Source**: Server";
    const { result } = read(words);
    expect(result.events[0]?.names).toEqual(["a_event"]);
    expect(result.events[0]?.description.text).toBe("The server emits it.");
    expect(result.events[0]?.sources).toEqual(["server"]);
  });
});
