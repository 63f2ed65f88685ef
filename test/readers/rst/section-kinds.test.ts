// Section titles: a prose category title names no events even when its words are hyphenated.
import { describe, expect, it } from "vitest";
import { isProseCategoryTitle, titleNames } from "../../../src/readers/rst/section-kinds.ts";

describe("titleNames", () => {
  it("reads two literals joined by a slash as one event's pair of names", () => {
    expect(titleNames("``hide_transcript``/``edx.video.transcript.hidden``")).toEqual({
      names: ["hide_transcript", "edx.video.transcript.hidden"],
      deprecated: false,
      slashPair: true,
    });
    expect(titleNames("``add-instructor`` and ``remove-instructor``").slashPair).toBeUndefined();
  });

  it("gives no names for a hyphenated prose category title", () => {
    expect(titleNames("Grading-Related Events").names).toEqual([]);
    expect(titleNames("Third-Party Content Events (Course Team)").names).toEqual([]);
    expect(isProseCategoryTitle("Grading-Related Events")).toBe(true);
  });

  it("keeps names written as literals or as bare event names", () => {
    expect(titleNames("``add-instructor`` and ``remove-instructor``").names).toEqual([
      "add-instructor",
      "remove-instructor",
    ]);
    expect(titleNames("``problem_check`` Events").names).toEqual(["problem_check"]);
    expect(titleNames("add-instructor").names).toEqual(["add-instructor"]);
    expect(isProseCategoryTitle("``seq_goto`` Events")).toBe(false);
  });
});
