// Finding the event chapters without a table of contents: the real guide with its table of
// contents blanked out reads the same as with it, an excerpt renumbered as a later release
// would number it reads the same, and a chapter found by neither way is reported clearly.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { lineSpan } from "../../../src/model/position.ts";
import { inferChapter } from "../../../src/readers/pdf-text/inferred-chapter.ts";
import { readGuideText } from "../../../src/readers/pdf-text/pdf-text-reader.ts";

const path = "sources/2016-04-26-edx-research-guide.txt";
const guide = readFileSync(
  new URL("../../../content/sources/2016-04-26-edx-research-guide.txt", import.meta.url),
  "utf8",
);
const guideLines = guide.split("\n");
const excerpt = readFileSync(new URL("fixtures/inferred-events-chapter/input.txt", import.meta.url), "utf8");
const EVENTS = /^events in the tracking logs$/i;
const LIST = /^alphabetical event list$/i;

function read(text: string) {
  const sink = createDiagnosticSink();
  const result = readGuideText({ path: "t.txt", text }, sink);
  return { result, diagnostics: sink.diagnostics };
}

describe("the real guide without its table of contents", () => {
  // The table of contents runs from line 8 to line 95; blanking it keeps every line number.
  const tocLines = guideLines.flatMap((t, i) => (i < 200 && /^\d+(?:\.\d+)*\s+[^\t]+\t+\d+$/.test(t) ? [i] : []));
  const blanked = guideLines.map((t, i) => (tocLines.includes(i) ? "" : t)).join("\n");

  test("the table of contents is what gets blanked", () => {
    expect(tocLines.length).toBeGreaterThan(80);
    expect(guideLines[tocLines[0] ?? 0]).toBe("1\tFor Your Information\t3");
  });

  test("gives the same events, list, common fields and coverage as with it", () => {
    const withToc = readGuideText({ path, text: guide }, createDiagnosticSink());
    const sink = createDiagnosticSink();
    const without = readGuideText({ path, text: blanked }, sink);
    expect(without.events).toHaveLength(207);
    expect(without).toEqual(withToc);
    const inferred = sink.diagnostics.filter((d) => d.rule === "pdf-text/inferred-outline");
    expect(inferred.map((d) => [d.line, d.endLine])).toEqual([
      [2782, 3027],
      [3028, 6619],
    ]);
    // The running headers come from the numbered headings, so the glued one is still cut off.
    expect(sink.diagnostics.filter((d) => d.rule === "pdf-text/glued-page-header").map((d) => d.line)).toEqual([5231]);
  });

  test("inferChapter ends each chapter at the next chapter's title, not at its first heading", () => {
    const list = inferChapter(guideLines, LIST, 0, path);
    const events = inferChapter(guideLines, EVENTS, 0, path);
    expect(list?.chapter).toEqual({
      number: "11",
      title: "Alphabetical Event List",
      span: lineSpan(path, 2782, 3027),
    });
    // "Glossary" (6620) is followed by an index line and a note before "13.1 A" (6626).
    expect(events?.chapter).toEqual({
      number: "12",
      title: "Events in the Tracking Logs",
      span: lineSpan(path, 3028, 6619),
    });
    expect(events?.entries.map((e) => `${e.number} ${e.title}`)).toEqual([
      "12 Events in the Tracking Logs",
      "12.1 Reviewing a Sample Event",
      "12.2 Common Fields",
      "12.3 Student Events",
      "12.4 Course Team Events",
    ]);
    expect(events?.numberedBy).toEqual({
      file: path,
      start: { line: 3039, column: 1 },
      text: "12.1 Reviewing a Sample Event",
    });
  });
});

describe("inferChapter on small texts", () => {
  test("a text that starts over (chapters 11–12 twice) ends the first chapter 12 at the second list's title", () => {
    const chapters = guideLines.slice(2781, 6619);
    const twice = [...chapters, ...chapters];
    const events = inferChapter(twice, EVENTS, 0, "t.txt");
    expect(events?.chapter.span.start.line).toBe(247);
    expect(events?.chapter.span.end.line).toBe(chapters.length);
    expect(twice[chapters.length]).toBe("Alphabetical Event List");
  });

  test("needs a numbered heading after the title", () => {
    expect(inferChapter(["", "Events in the Tracking Logs", "", "Some prose."], EVENTS, 0, "t.txt")).toBeUndefined();
    expect(
      inferChapter(["Events in the Tracking Logs", "", "13.3 Student Events"], EVENTS, 0, "t.txt")?.chapter.number,
    ).toBe("13");
  });

  test("a title inside a paragraph is no chapter title", () => {
    const lines = ["See", "Events in the Tracking Logs", "for more.", "", "12.3 Student Events"];
    expect(inferChapter(lines, EVENTS, 0, "t.txt")).toBeUndefined();
  });

  test("a wrapped line starting with a number does not end the chapter", () => {
    const lines = [
      "Events in the Tracking Logs",
      "",
      "12.1 Intro",
      "",
      "The course grew by",
      "1.5 million learners.",
      "",
      "History: Added.",
    ];
    expect(inferChapter(lines, EVENTS, 0, "t.txt")?.chapter.span.end.line).toBe(8);
  });
});

describe("reports", () => {
  test("an excerpt renumbered as chapter 13 gives the same events as chapter 12", () => {
    const renumbered = excerpt.replace(/^12\./gm, "13.");
    const a = read(excerpt);
    const b = read(renumbered);
    expect(b.result.events).toEqual(a.result.events);
    expect(b.diagnostics.find((d) => d.rule === "pdf-text/inferred-outline")?.message).toMatch(
      /^chapter 13 "Events in the Tracking Logs"/,
    );
  });

  test("a table of contents without the chapter: found from the body, and the report says why", () => {
    const { result, diagnostics } = read(["13\tGlossary\t185", "", excerpt].join("\n"));
    expect(result.events).toHaveLength(9);
    const inferred = diagnostics.find((d) => d.rule === "pdf-text/inferred-outline");
    expect(inferred?.message).toContain(
      'because the table of contents (lines 1–1) has no chapter "Events in the Tracking Logs"',
    );
    expect(inferred?.line).toBe(3);
  });

  test("a chapter listed in the table of contents but absent from the text is missing, and says so", () => {
    const { result, diagnostics } = read(guideLines.slice(0, 3027).join("\n"));
    expect(result.events).toEqual([]);
    expect(result.eventList).toHaveLength(202);
    const missing = diagnostics.filter((d) => d.rule === "pdf-text/missing-chapter");
    expect(missing.map((d) => [d.severity, d.message])).toEqual([
      [
        "error",
        'no chapter "Events in the Tracking Logs" found: the table of contents lists chapter 12 at line 66 but its title line was not found after it, and the body has no line "Events in the Tracking Logs" standing alone and followed by numbered headings ("N.1 …"); its content is missing',
      ],
    ]);
  });
});
