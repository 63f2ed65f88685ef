import { describe, expect, test } from "vitest";
import { createNameIndex, isPageView } from "../../src/check/name-index.ts";
import { isPatternName, patternToRegex } from "../../src/model/name-patterns.ts";
import { catalogOf } from "../diff/make-catalog.ts";
import { draft, read } from "../merge/make-drafts.ts";
import { lineSpan } from "../../src/model/position.ts";

// Pattern names as the docs write them: the 2013 inventory's row ``oe_[generated_event_type]`` (an
// event of its own), the 2014-05 headings ``*_instructor`` and ``list_forum_*`` over lists of
// names, the sharing sentences' ``edx.special_exam.{special exam type}.created``.
const heading = (name: string, names: string[], line: number) => ({
  name,
  text: `\`\`${name}\`\` Event Types`,
  names,
  provenance: lineSpan("sources/2014-05-tracking-logs.rst", line, line),
});
const catalog = catalogOf([
  read("2013-inventory", [
    draft(["oe_[generated_event_type]"], { category: "Event Types", sources: ["browser"] }, 107),
    draft(["oe_show_question"], { category: "Event Types", sources: ["browser"] }, 120),
  ]),
  read(
    "2014-05",
    [
      draft(["add_instructor"], { audience: "course-team", category: "Instructor Events" }, 1954),
      draft(["list-forum-admins"], { audience: "course-team", category: "Instructor Events" }, 1977),
      draft(["save_problem_check"], { category: "Problem Interaction Events" }, 40),
    ],
    {
      patternNames: [
        heading("*_instructor", ["add_instructor"], 1954),
        heading("list_forum_*", ["list-forum-admins"], 1977),
      ],
    },
  ),
  read(
    "eucalyptus",
    [
      draft(["edx.special_exam.timed.created"], { audience: "course-team", category: "Exam Events" }, 10),
      draft(["edx.special_exam.practice.created"], { audience: "course-team", category: "Exam Events" }, 11),
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
    ],
    {
      patternNames: [
        {
          name: "edx.special_exam.{special exam type}.created",
          text: "The event fields for this event are the same as the event fields for the ``edx.special_exam.{special exam type}.created`` event.",
          names: [],
          provenance: lineSpan("special_exam_development_events.rst", 142, 145),
        },
      ],
    },
  ),
]);
const index = createNameIndex(catalog);

describe("name resolution", () => {
  test("canonical names resolve by name", () => {
    expect(index.resolve("problem_check", undefined)).toMatchObject({
      resolvedBy: "name",
      event: { name: "problem_check" },
    });
  });

  test("a name some release documents resolves to its own event, though a pattern matches it", () => {
    expect(index.resolve("oe_show_question", undefined)).toMatchObject({
      resolvedBy: "name",
      event: { name: "oe_show_question" },
    });
    expect(index.resolve("edx.special_exam.timed.created", undefined)).toMatchObject({ resolvedBy: "name" });
  });

  test("a name documented nowhere resolves through the pattern names of the docs", () => {
    // The pattern's own event, when a release documents the pattern as one.
    expect(index.resolve("oe_hide_rubric", undefined)).toMatchObject({
      resolvedBy: "pattern",
      via: "oe_[generated_event_type]",
      event: { name: "oe_[generated_event_type]" },
    });
    // Else the first event (by id) the pattern stands for.
    expect(index.resolve("edx.special_exam.onboarding.created", undefined)).toMatchObject({
      resolvedBy: "pattern",
      via: "edx.special_exam.{special exam type}.created",
      event: { id: "edx.special_exam.practice.created" },
    });
    expect(index.resolve("remove_instructor", undefined)?.via).toBe("*_instructor");
    expect(index.resolve("list_forum_observers", undefined)).toMatchObject({
      via: "list_forum_*",
      event: { id: "list-forum-admins" },
    });
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
