// A text that stops mid-way: every line of a real excerpt of chapter 12, cut in its middle, is
// reported as a cut; the excerpt cut after any complete event, and the whole guide, are not.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readGuideText } from "../../../src/readers/pdf-text/pdf-text-reader.ts";
import { positionAt } from "../../../src/model/position.ts";

const excerpt = readFileSync(new URL("fixtures/inferred-events-chapter/input.txt", import.meta.url), "utf8");
const lines = excerpt.split("\n");
const guide = readFileSync(
  new URL("../../../content/sources/2016-04-26-edx-research-guide.txt", import.meta.url),
  "utf8",
);
const guideLines = guide.split("\n");

function read(text: string) {
  const sink = createDiagnosticSink();
  const result = readGuideText({ path: "t.txt", text }, sink);
  return { result, truncated: sink.diagnostics.filter((d) => d.rule === "pdf-text/truncated") };
}

describe("cut texts", () => {
  test("a cut in the middle of any line after the first heading is reported", () => {
    const missed: number[] = [];
    // Line 5 is "12.3 Student Events": before it the chapter is not found at all.
    for (let n = 5; n <= lines.length; n++) {
      const line = lines[n - 1] ?? "";
      if (line.trim() === "") continue;
      const half = line.slice(0, Math.ceil(line.length / 2));
      const { result, truncated } = read([...lines.slice(0, n - 1), half].join("\n"));
      if (!result.truncation) missed.push(n);
      else expect(truncated.map((d) => d.line)).toEqual([n]);
    }
    // "Component: JavaScri" cannot be told from a complete label without knowing the components.
    expect(missed.map((n) => lines[n - 1]?.split(":")[0])).toEqual(["Component", "Component"]);
  });

  test("a text ending after a complete event is not cut", () => {
    const { result } = read(excerpt);
    const ends = [...new Set(result.events.map((e) => e.provenance.end.line))];
    expect(ends).toHaveLength(6);
    for (const end of ends) expect(read(lines.slice(0, end).join("\n")).result.truncation).toBeUndefined();
  });

  test("the truncation names the last line, its last column and its text", () => {
    const cut = `${lines.slice(0, 19).join("\n")}\n\nThe server emits these events in response to`;
    const { result, truncated } = read(cut);
    expect(result.truncation).toEqual({
      position: positionAt("t.txt", 21, 44),
      lastText: "The server emits these events in response to",
    });
    expect(truncated[0]?.severity).toBe("warning");
    expect(truncated[0]?.message).toContain("mid-sentence");
  });

  test("an unclosed inline literal in a list item", () => {
    const { truncated } = read(`${lines.slice(0, 12).join("\n")}\n- \`edx.course.enrollme`);
    expect(truncated[0]?.message).toContain("inside an inline literal in a list item");
  });

  test("the alphabetical list cut in a row with its <i> open", () => {
    const list = guideLines.slice(2781, 2795);
    const { result, truncated } = read([...list, "book\t<i>Textbook Interaction"].join("\n"));
    expect(result.eventList.map((e) => e.name)).toContain("book");
    expect(truncated[0]?.message).toContain("inside a table row with an unclosed <i>");
  });

  test("a table row with its details missing", () => {
    const { truncated } = read(`${lines.slice(0, 156).join("\n")}\nnew\tnumber`);
    expect(truncated[0]?.message).toContain("inside a table row with 2 of 3 cells");
  });
});

describe("complete texts", () => {
  test("the whole guide and its chapters 11–12 are not cut", () => {
    expect(read(guide).result.truncation).toBeUndefined();
    const chapters = read(guideLines.slice(2781, 6619).join("\n"));
    expect(chapters.result.events).toHaveLength(207);
    expect(chapters.result.truncation).toBeUndefined();
  });

  test("a cut in a chapter the text goes on after is no truncation", () => {
    // The list chapter followed by the events excerpt: the list is complete where the events start.
    const text = [...guideLines.slice(2781, 2795), "", excerpt].join("\n");
    expect(read(text).result.truncation).toBeUndefined();
  });
});
