// Pattern names linked to the events they stand for, with the text that writes them: the 2013
// inventory's row 107 (an event named by a pattern), a sharing sentence of the upstream chapter
// (`edx.special_exam.{special exam type}.created`), the 2014-05 heading "``list_forum_*`` Event
// Types" over names whose separators differ from the pattern's.
import { describe, expect, test } from "vitest";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import { draft, read, rich } from "./make-drafts.ts";
import { lineSpan } from "../../src/model/position.ts";

const inventoryRow = lineSpan("sources/2013-inventory-tracking-logs.rst", 107, 109);
const sentence =
  "The ``event`` fields for this event are the same as the ``event`` fields for the ``edx.special_exam.{special exam type}.created`` event. For more information, see :ref:`special_exam_created`.";

const { events } = mergeReleases([
  read("2013-inventory", [
    draft(["oe_[generated_event_type]"], {
      description: rich('A "lambda event" generated from HTML link text... (To be deprecated)'),
      provenance: inventoryRow,
    }),
    draft(["oe_show_question"], {}, 120),
    draft(["peer_grading_hide_question"], {}, 130),
  ]),
  read(
    "2014-05",
    [draft(["list-forum-admins"], { category: "Instructor Events" }, 1977), draft(["oe_show_question"], {}, 300)],
    {
      patternNames: [
        {
          name: "list_forum_*",
          text: "``list_forum_*`` Event Types",
          names: ["list-forum-admins"],
          provenance: lineSpan("sources/2014-05-tracking-logs.rst", 1977, 1977),
        },
      ],
    },
  ),
  read(
    "eucalyptus",
    [
      draft(["edx.special_exam.proctored.created"], { category: "Proctored Exam Events" }, 737),
      draft(["edx.special_exam.timed.created"], { category: "Proctored Exam Events" }, 737),
      draft(["edx.special_exam.proctored.attempt.created"], { category: "Proctored Exam Events" }, 800),
    ],
    {
      patternNames: [
        {
          name: "edx.special_exam.{special exam type}.created",
          text: sentence,
          names: [],
          provenance: lineSpan("special_exam_development_events.rst", 142, 145),
        },
      ],
    },
  ),
]);
const byId = (id: string) => events.find((e) => e.id === id);

describe("an event named by a pattern (the inventory's lambda event)", () => {
  const lambda = events.find((e) => e.name === "oe_[generated_event_type]");

  test("is an event of its release only, and stands for the events whose names it matches", () => {
    expect(lambda?.snapshots.map((s) => s.release)).toEqual(["2013-inventory"]);
    expect(lambda?.timeline.releases).toEqual(["2013-inventory"]);
    expect(lambda?.standsFor).toEqual([{ id: "oe_show_question", name: "oe_show_question" }]);
    expect(byId("peer_grading_hide_question")?.patterns).toBeUndefined();
  });

  test("the concrete event names the pattern, its event, the row that writes it and the rule", () => {
    expect(byId("oe_show_question")?.patterns).toEqual([
      {
        name: "oe_[generated_event_type]",
        event: lambda?.id,
        evidence: [
          {
            kind: "stated",
            release: "2013-inventory",
            text: 'oe_[generated_event_type]: A "lambda event" generated from HTML link text... (To be deprecated)',
            provenance: inventoryRow,
          },
          { kind: "inferred", text: expect.stringContaining('"oe_show_question" matches "oe_[generated_event_type]"') },
        ],
      },
    ]);
    // Its own timeline is untouched: documented where it is documented.
    expect(byId("oe_show_question")?.timeline.releases).toEqual(["2013-inventory", "2014-05"]);
  });
});

describe("patterns written in sentences and headings", () => {
  test("a placeholder stands for one segment: every family's created event, not attempt.created", () => {
    for (const id of ["edx.special_exam.proctored.created", "edx.special_exam.timed.created"]) {
      const [link] = byId(id)?.patterns ?? [];
      expect(link?.name).toBe("edx.special_exam.{special exam type}.created");
      expect(link?.event).toBeUndefined();
      expect(link?.evidence[0]).toMatchObject({ kind: "stated", release: "eucalyptus", text: sentence });
    }
    expect(byId("edx.special_exam.proctored.attempt.created")?.patterns).toBeUndefined();
  });

  test("a heading's pattern covers the names listed under it, even where separators differ", () => {
    const [link] = byId("list-forum-admins")?.patterns ?? [];
    expect(link?.name).toBe("list_forum_*");
    expect(link?.evidence.map((e) => e.kind)).toEqual(["stated", "inferred"]);
    expect(link?.evidence[1]?.text).toContain('release 2014-05 lists "list-forum-admins" under "list_forum_*"');
  });
});
