import { describe, expect, test } from "vitest";
import { spanAt } from "../../src/model/position.ts";
import { computeSourceCoverage } from "../../src/normalise/source-coverage.ts";

describe("computeSourceCoverage", () => {
  const text = "title\n=====\n\nsome text here\nskipped line\n";

  test("counts non-blank lines and characters inside used ranges", () => {
    const coverage = computeSourceCoverage(text, [spanAt("a", 1, 1, 2)], []);
    expect(coverage.lines).toBe(4);
    expect(coverage.linesUsed).toBe(2);
    expect(coverage.characters).toBe("title=====sometexthereskippedline".length);
    expect(coverage.charactersUsed).toBe(10);
    expect(coverage.ratio).toBeCloseTo(10 / 33, 4);
  });

  test("narrows a range by columns, as for a file that is one long line", () => {
    const line = "abc def ghi";
    const coverage = computeSourceCoverage(
      line,
      [{ file: "a", start: { line: 1, column: 5 }, end: { line: 1, column: 7 } }],
      [],
    );
    expect(coverage.characters).toBe(9);
    expect(coverage.charactersUsed).toBe(3);
    expect(coverage.linesUsed).toBe(1);
  });

  test("overlapping ranges are not counted twice and ranges past the end are clipped", () => {
    const coverage = computeSourceCoverage(text, [spanAt("a", 1, 1, 4), spanAt("a", 3, 1, 99)], []);
    expect(coverage.charactersUsed).toBe(coverage.characters);
    expect(coverage.ratio).toBe(1);
  });

  test("lists skipped blocks in line order", () => {
    const coverage = computeSourceCoverage(
      text,
      [],
      [
        { line: 5, endLine: 5, rule: "b", reason: "later" },
        { line: 2, endLine: 3, rule: "a", reason: "earlier" },
      ],
    );
    expect(coverage.skipped.map((s) => s.line)).toEqual([2, 5]);
    expect(coverage.charactersUsed).toBe(0);
  });
});
