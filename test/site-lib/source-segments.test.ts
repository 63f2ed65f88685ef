// A source without line breaks is shown as readable segments, one starting at each recorded column.
import { describe, expect, it } from "vitest";
import { recordedColumns, segmentLine } from "../../site/lib/source-segments.ts";

const line =
  ".. _Student Events: ################## Student Events ################## This section lists the events that the server emits for student actions. .. contents:: :local: :depth: 1 The descriptions that follow include what each event type represents, which component it originates from, and what ``event`` fields it contains.";

describe("segmentLine", () => {
  it("cuts a long line at spaces, keeps every character, and anchors each segment by its column", () => {
    const segments = segmentLine(line, 1);
    expect(segments.length).toBeGreaterThan(2);
    expect(segments.map((s) => s.text).join("")).toBe(line);
    expect(segments[0]?.id).toBe("L1");
    for (const s of segments.slice(1)) expect(s.id).toBe(`L1C${s.column}`);
    for (const s of segments) expect(s.text.length).toBeLessThanOrEqual(101);
  });

  it("starts a segment exactly at a recorded column", () => {
    const column = line.indexOf("This section") + 1;
    const segments = segmentLine(line, 1, new Set([column]));
    expect(segments.find((s) => s.column === column)?.text.startsWith("This section")).toBe(true);
  });

  it("leaves a short line whole", () => {
    expect(segmentLine("problem_check", 7)).toEqual([{ id: "L7", line: 7, column: 1, text: "problem_check" }]);
  });
});

describe("recordedColumns", () => {
  it("collects the column places of a catalog by file and line", () => {
    const found = recordedColumns({
      events: [{ provenance: { file: "a.rst", line: 1, endLine: 1, column: 40, endColumn: 90 } }],
    });
    expect([...(found.get("a.rst")?.get(1) ?? [])].sort((x, y) => x - y)).toEqual([40, 91]);
  });
});
