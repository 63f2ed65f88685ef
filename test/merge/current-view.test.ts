// The current view of an event, on hand-made drafts whose texts are cut from the sources: which
// release gives each part, and when a partial, truncated or non-covering release is passed over.
import { describe, expect, test } from "vitest";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import type { CurrentField } from "../../src/model/event-schema.ts";
import { draft, field, read, rich } from "./make-drafts.ts";
import { lineSpan } from "../../src/model/position.ts";

const FULL_GROUP_LABEL =
  "Present only for questions that have multiple input types, such as a multiple choice problem with a text input. Presents the question or prompt from the problem that the learner answered.";
const CUT_GROUP_LABEL =
  "Present only for questions that have multiple input types. Presents the question or prompt from the ``";

function submission(...names: string[]) {
  return field("submission", {
    type: "object",
    fields: names.map((n) => field(n, n === "group_label" ? { description: rich(FULL_GROUP_LABEL) } : {})),
  });
}

function find(fields: readonly CurrentField[], path: string): CurrentField | undefined {
  const [head, ...rest] = path.split(".");
  const hit = fields.find((f) => f.name === head);
  return rest.length === 0 || !hit ? hit : find(hit.fields, rest.join("."));
}

describe("the current view", () => {
  test("a truncated, partial release never shadows the fuller text of an older release", () => {
    const cut = submission("answer", "group_label");
    const cutGroup = cut.fields[1];
    if (cutGroup) cutGroup.description = rich(CUT_GROUP_LABEL);
    const { events } = mergeReleases([
      read("olive", [
        draft(["problem_check"], {
          eventFields: [
            field("answers"),
            submission("answer", "group_label", "input_type", "question", "response_type"),
          ],
        }),
      ]),
      read(
        "2023-openedx",
        [
          draft(["problem_check"], {
            description: rich("The server emits problem_check events"),
            eventFields: [field("answers"), cut],
          }),
        ],
        {},
        { audiences: ["student"], partial: true, truncated: true },
      ),
    ]);
    const current = events[0]?.current;
    expect(current?.descriptionRelease).toBe("olive");
    expect(find(current?.eventFields ?? [], "submission")?.fields.map((f) => f.name)).toEqual([
      "answer",
      "group_label",
      "input_type",
      "question",
      "response_type",
    ]);
    expect(find(current?.eventFields ?? [], "submission.group_label")?.description.text).toBe(FULL_GROUP_LABEL);
    // The truncated release still documents the fields it reaches.
    expect(find(current?.eventFields ?? [], "submission.answer")?.lastDocumentedIn).toBe("2023-openedx");
    expect(find(current?.eventFields ?? [], "submission.question")?.lastDocumentedIn).toBe("olive");
  });

  test("a release that does not cover the event's audience never shadows one that does", () => {
    const { events } = mergeReleases([
      read("r1", [
        draft(["edx.course.enrollment.activated"], {
          audience: "course-team",
          eventFields: [field("mode", { description: rich("The enrollment mode.") })],
        }),
      ]),
      read(
        "r2",
        [
          draft(["edx.course.enrollment.activated"], {
            audience: "course-team",
            eventFields: [field("mode", { description: rich("Mode.") })],
          }),
        ],
        {},
        { audiences: ["student"] },
      ),
    ]);
    expect(events[0]?.current.eventFields[0]).toMatchObject({
      name: "mode",
      description: { text: "The enrollment mode." },
      firstDocumentedIn: "r1",
      lastDocumentedIn: "r2",
    });
  });

  test("a field a later covering release drops keeps its last release, after the fields of today", () => {
    const module = field("module", { type: "object", fields: [field("display_name")] });
    const { events } = mergeReleases([
      read("birch", [
        draft(["problem_check"], { contextFields: [module], eventFields: [field("answers"), field("state")] }),
      ]),
      read("cypress", [draft(["problem_check"], { eventFields: [field("state"), field("answers"), field("grade")] })]),
    ]);
    const current = events[0]?.current;
    expect(current?.eventFields.map((f) => [f.name, f.firstDocumentedIn, f.lastDocumentedIn])).toEqual([
      ["state", "birch", "cypress"],
      ["answers", "birch", "cypress"],
      ["grade", "cypress", "cypress"],
    ]);
    expect(current?.contextFields.map((f) => [f.name, f.lastDocumentedIn])).toEqual([["module", "birch"]]);
    expect(find(current?.contextFields ?? [], "module.display_name")?.lastDocumentedIn).toBe("birch");
  });

  test("only partial releases: the newest gives the text", () => {
    const { events } = mergeReleases([
      read("2013-wiki", [draft(["seq_goto"], { description: rich("old") })], {}, { partial: true }),
      read("2023-openedx", [draft(["seq_goto"], { description: rich("new") })], {}, { partial: true }),
    ]);
    expect(events[0]?.current).toMatchObject({ descriptionRelease: "2023-openedx", description: { text: "new" } });
  });

  test("description, sources and examples each come from the newest full release that has them", () => {
    const example = { language: "json", code: "{}", valid: true, provenance: lineSpan("f.rst", 3, 4) };
    const { events } = mergeReleases([
      read("r1", [draft(["seq_next"], { sources: ["browser"], examples: [example] })]),
      read("r2", [draft(["seq_next"], { description: rich(""), sources: [] })]),
    ]);
    const current = events[0]?.current;
    expect(current?.descriptionRelease).toBe("r1");
    expect(current?.sources).toEqual(["browser"]);
    expect(current?.examples).toEqual([{ ...example, release: "r1" }]);
  });

  test("browser and server variants of one release: the one with more fields first, names canonical first", () => {
    const { events } = mergeReleases([
      read("2014-05", [
        draft(
          ["problem_check"],
          { variant: "browser", sources: ["browser"], description: rich("The browser emits problem_check events.") },
          20,
        ),
        draft(["problem_check"], { variant: "server", sources: ["server"], eventFields: [field("answers")] }, 30),
      ]),
    ]);
    const current = events[0]?.current;
    expect(current?.names).toEqual(["problem_check"]);
    expect(current?.description.text).toBe("The server emits problem_check events.");
    expect(current?.sources).toEqual(["server", "browser"]);
    expect(current?.eventFields.map((f) => f.name)).toEqual(["answers"]);
  });
});
