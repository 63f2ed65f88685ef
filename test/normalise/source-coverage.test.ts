import { describe, expect, test } from "vitest";
import { computeSourceCoverage } from "../../src/normalise/source-coverage.ts";

describe("computeSourceCoverage", () => {
  const text = "title\n=====\n\nsome text here\nskipped line\n";

  test("counts non-blank lines and characters inside used ranges", () => {
    const coverage = computeSourceCoverage(text, [{ file: "a", line: 1, endLine: 2 }], []);
    expect(coverage.lines).toBe(4);
    expect(coverage.linesUsed).toBe(2);
    expect(coverage.characters).toBe("title=====sometexthereskippedline".length);
    expect(coverage.charactersUsed).toBe(10);
    expect(coverage.ratio).toBeCloseTo(10 / 33, 4);
  });

  test("narrows a range by columns, as for a file that is one long line", () => {
    const line = "abc def ghi";
    const coverage = computeSourceCoverage(line, [{ file: "a", line: 1, endLine: 1, column: 5, endColumn: 7 }], []);
    expect(coverage.characters).toBe(9);
    expect(coverage.charactersUsed).toBe(3);
    expect(coverage.linesUsed).toBe(1);
  });

  test("overlapping ranges are not counted twice and ranges past the end are clipped", () => {
    const coverage = computeSourceCoverage(
      text,
      [
        { file: "a", line: 1, endLine: 4 },
        { file: "a", line: 3, endLine: 99 },
      ],
      [],
    );
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
