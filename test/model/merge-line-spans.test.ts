// A reader's used lines, merged into the fewest spans of whole lines for the coverage report: one
// function for the RST, PDF-text and wiki readers.
import { describe, expect, test } from "vitest";
import { lineSpan, mergeLineSpans, textSpan } from "../../src/model/position.ts";

describe("mergeLineSpans", () => {
  test("joins overlapping and touching spans of a file, in line order, and keeps gaps", () => {
    const merged = mergeLineSpans([
      lineSpan("a.rst", 10, 12),
      lineSpan("a.rst", 1, 3),
      lineSpan("a.rst", 4, 4),
      lineSpan("a.rst", 11, 20),
    ]);
    expect(merged).toEqual([lineSpan("a.rst", 1, 4), lineSpan("a.rst", 10, 20)]);
  });

  test("never joins spans of two files, even on the same lines", () => {
    const merged = mergeLineSpans([lineSpan("b.rst", 1, 2), lineSpan("a.rst", 2, 5), lineSpan("a.rst", 6, 6)]);
    expect(merged).toEqual([lineSpan("a.rst", 2, 6), lineSpan("b.rst", 1, 2)]);
  });

  test("gives whole lines for spans of columns, and leaves its input as it was", () => {
    const input = [textSpan("c.rst", { line: 3, column: 7 }, { line: 3, column: 9 }), lineSpan("c.rst", 4, 5)];
    const before = structuredClone(input);
    expect(mergeLineSpans(input)).toEqual([lineSpan("c.rst", 3, 5)]);
    expect(input).toEqual(before);
  });
});
