import { describe, expect, test } from "vitest";
import { createNameIndex, isPageView } from "../../src/check/name-index.ts";
import { isPatternName, patternToRegex } from "../../src/model/name-patterns.ts";
import { catalogOf } from "../diff/make-catalog.ts";
import { draft, read } from "../merge/make-drafts.ts";

// Pattern names as the docs write them: 2013 inventory `oe_[generated_event_type]`, 2014-05
// headings ``*_instructor`` and ``list_forum_*``, 2016 `edx.special_exam.{special_exam_type}.created`.
const catalog = catalogOf([
  read("2014-05", [
    draft(["oe_[generated_event_type]"], { category: "Open Response Assessment Events", sources: ["browser"] }, 10),
    draft(["*_instructor"], { audience: "course-team", category: "Instructor Events" }, 20),
    draft(["list_forum_*"], { audience: "course-team", category: "Instructor Events" }, 30),
    draft(["save_problem_check"], { category: "Problem Interaction Events" }, 40),
  ]),
  read("2016-04-26", [
    draft(["edx.special_exam.{special_exam_type}.created"], { audience: "course-team", category: "Exam Events" }, 10),
    draft(
      ["problem_check"],
      {
        category: "Problem Interaction Events",
        history: [
          {
            kind: "renamed",
            text: "Prior to 15 Oct 2013, this server-emitted event was named save_problem_check.",
            fields: [],
            events: ["save_problem_check"],
          },
        ],
      },
      20,
    ),
  ]),
]);
const index = createNameIndex(catalog);

describe("name resolution", () => {
  test("canonical names resolve by name", () => {
    expect(index.resolve("problem_check", undefined)).toMatchObject({
      resolvedBy: "name",
      event: { name: "problem_check" },
    });
  });

  test("pattern names of the docs stand for the concrete names they describe", () => {
    expect(index.resolve("oe_feedback_response_selected", undefined)).toMatchObject({
      resolvedBy: "pattern",
      via: "oe_[generated_event_type]",
    });
    expect(index.resolve("edx.special_exam.proctored.created", undefined)).toMatchObject({ resolvedBy: "pattern" });
    expect(index.resolve("edx.special_exam.timed.created", undefined)?.event.id).toBe(
      index.resolve("edx.special_exam.practice.created", undefined)?.event.id,
    );
    expect(index.resolve("add_instructor", undefined)?.via).toBe("*_instructor");
    expect(index.resolve("list_forum_admins", undefined)?.via).toBe("list_forum_*");
    // A placeholder stands for one name segment, not for several.
    expect(index.resolve("edx.special_exam.proctored.attempt.created", undefined)).toBeUndefined();
    expect(index.resolve("list_forum_", undefined)).toBeUndefined();
  });

  test("the name member resolves what event_type does not", () => {
    expect(index.resolve("/segment/event", "problem_check")).toMatchObject({
      resolvedBy: "name-field",
      via: 'name "problem_check"',
    });
    expect(index.resolve("/segment/event", "nothing.known")).toBeUndefined();
  });

  test("pattern helpers", () => {
    expect(isPatternName("edx.special_exam.{special_exam_type}.created")).toBe(true);
    expect(isPatternName("edx.video.played")).toBe(false);
    expect(patternToRegex("oe_[x]").test("oe_show_question")).toBe(true);
    expect(isPageView("/courses/edX/DemoX/Demo_Course/info")).toBe(true);
    expect(isPageView("https://courses.edx.org/dashboard")).toBe(true);
    expect(isPageView("page_close")).toBe(false);
  });
});
