// "Did you mean" in the search dialog: a typo or a near name still leads to the event.
import { describe, expect, it } from "vitest";
import { editDistance, suggestNames } from "../../site/scripts/did-you-mean.ts";

const names = [
  { name: "problem_check", id: "problem_check" },
  { name: "problem_show", id: "problem_show" },
  { name: "showanswer", id: "showanswer" },
  { name: "show_answer", id: "showanswer" },
  { name: "edx.problem.hint.demandhint_displayed", id: "edx.problem.hint.demandhint_displayed" },
  { name: "play_video", id: "play_video" },
];

describe("suggestNames", () => {
  it("finds problem_check for the typo problm_check, before problem_show", () => {
    expect(suggestNames("problm_check", names)[0]?.id).toBe("problem_check");
  });

  it("finds showanswer for show_answer (an alias) and for show-answr (a typo, separators ignored)", () => {
    expect(suggestNames("show_answer", names)).toEqual([{ name: "showanswer", id: "showanswer" }]);
    expect(suggestNames("show-answr", names)[0]?.id).toBe("showanswer");
  });

  it("finds a long dotted name by its last part", () => {
    expect(suggestNames("demandhint_displayd", names).map((n) => n.id)).toContain(
      "edx.problem.hint.demandhint_displayed",
    );
  });

  it("suggests nothing for an exact name, a short word or a phrase", () => {
    expect(suggestNames("play_video", names)).toEqual([]);
    expect(suggestNames("vid", names)).toEqual([]);
    expect(suggestNames("video speed change", names)).toEqual([]);
  });
});

describe("editDistance", () => {
  it("counts a transposition once", () => {
    expect(editDistance("porblem", "problem", 3)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});
