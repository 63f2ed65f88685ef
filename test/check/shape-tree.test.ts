import { describe, expect, test } from "vitest";
import { MAX_MEMBERS, addValue, createShapeNode, isIdKey, shapePaths } from "../../src/check/shape-tree.ts";

describe("id keys", () => {
  test("answer ids, usage keys, numbers and hashes are ids; field names are not", () => {
    for (const key of [
      "i4x-MITx-6_002x-problem-Sample_Algebraic_Problem_2_1",
      "block-v1:edX+DemoX+Demo_Course+type@problem+block@a0effb954cca4759994f1ac9e9434bf4",
      "i4x://edX/DemoX/problem/a0effb954cca4759994f1ac9e9434bf4",
      "42",
      "4e2eeecf597040e3b5e1a27600bc8ddc",
      "input_i4x-edX-DemoX-problem-b1_2_1",
    ])
      expect(isIdKey(key), key).toBe(true);
    for (const key of ["correct_map", "problem_id", "currentTime", "user_id", "npoints", "course_user_tags", "hint2"]) {
      expect(isIdKey(key), key).toBe(false);
    }
  });
});

describe("shape tree", () => {
  test("counts values and types per path, with the first line of each type", () => {
    const root = createShapeNode();
    addValue(root, { a: 1, b: { c: "x" }, list: [{ d: true }, { d: null }] }, 10);
    addValue(root, { a: "2", answers: { "i4x-x_2_1": "c1", "i4x-x_3_1": "c2" } }, 11);
    const paths = new Map(shapePaths(root).map((p) => [p.segments.join("."), p.node]));
    expect([...paths.keys()]).toEqual(["a", "answers", "answers.*", "b", "b.c", "list", "list.[]", "list.[].d"]);
    expect(paths.get("a")?.kinds).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(paths.get("a")?.firstLine).toEqual([-1, 11, 10, -1, -1, -1, -1]);
    expect(paths.get("answers.*")?.count).toBe(2);
    expect(paths.get("list.[].d")?.count).toBe(2);
  });

  test("an object with more member names than kept counts the rest under *", () => {
    const root = createShapeNode();
    const wide: Record<string, number> = {};
    for (let i = 0; i < MAX_MEMBERS + 50; i++) wide[`field_${String.fromCharCode(97 + (i % 26))}${i.toString(36)}`] = i;
    addValue(root, wide, 1);
    expect(root.children?.size).toBe(MAX_MEMBERS);
    expect(root.ids?.count).toBe(50);
    expect(root.overflowed).toBe(true);
  });
});
