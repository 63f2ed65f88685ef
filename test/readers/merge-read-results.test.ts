// Merging the results of several files or readers: everything kept in order, the first truncation
// kept, and no limit from the size of one result (a source repeated 100× gives millions of spans).
import { describe, expect, test } from "vitest";
import { positionAt, spanAt } from "../../src/model/position.ts";
import { emptyReadResult, mergeReadResults, type ReadResult } from "../../src/readers/reader.ts";

function withUsed(file: string, count: number): ReadResult {
  const result = emptyReadResult();
  result.used = Array.from({ length: count }, (_, i) => spanAt(file, i + 1, 1, i + 1));
  return result;
}

describe("mergeReadResults", () => {
  test("keeps every span of a result far larger than a call's argument limit", () => {
    const merged = mergeReadResults([withUsed("a.rst", 3), withUsed("b.rst", 500_000)]);
    expect(merged.used).toHaveLength(500_003);
    expect(merged.used[2]).toMatchObject({ file: "a.rst", start: { line: 3 } });
    expect(merged.used[3]).toMatchObject({ file: "b.rst", start: { line: 1 } });
  });

  test("keeps the first truncation and leaves unnamedEvents out when there are none", () => {
    const cut = emptyReadResult();
    cut.truncation = { position: positionAt("a.rst", 4, 9), lastText: "first" };
    const later = emptyReadResult();
    later.truncation = { position: positionAt("b.rst", 1, 1), lastText: "second" };
    const merged = mergeReadResults([emptyReadResult(), cut, later]);
    expect(merged.truncation).toBe(cut.truncation);
    expect("unnamedEvents" in merged).toBe(false);
  });
});
