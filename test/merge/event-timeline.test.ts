import { describe, expect, test } from "vitest";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import { eventTimelineSchema } from "../../src/model/timeline-schema.ts";
import { draft, field, history, read, rich } from "./make-drafts.ts";

const CHILD = rich("ID of the module that was displayed to the student.");

const RENAMED = "Renamed on 16 Oct 2014 from child-id to child_id.";

function merged() {
  const v1 = draft(["seq_goto"], {
    category: "Navigational Events",
    eventFields: [
      field("child-id", { description: CHILD }),
      field("old", { type: "integer", typeAsWritten: "int" }),
      field("correct_map", { type: "object", fields: [field("correctness", { values: ["correct", "incorrect"] })] }),
    ],
  });
  const v2 = draft(["seq_goto"], {
    category: "Navigational Events",
    sources: ["browser"],
    history: [history("Added 8 June 2015.", "added")],
    eventFields: [
      field("child_id", { description: CHILD, history: [history(RENAMED, "renamed", [])] }),
      field("old", { type: "number", typeAsWritten: "number" }),
      field("correct_map", {
        type: "object",
        fields: [field("correctness", { values: ["correct", "incorrect", "partially-correct"] })],
      }),
    ],
  });
  v2.history[0] = { ...history("Added 8 June 2015.", "added"), date: "2015-06-08", dateAsWritten: "8 June 2015" };
  return mergeReleases([
    read("r1", [v1]),
    read("r2", [v2]),
    read("r3", [draft(["seq_next"], { category: "Navigational Events" })]),
  ]);
}

describe("event timelines", () => {
  const event = merged().events.find((e) => e.name === "seq_goto");
  const timeline = event?.timeline;

  test("the timeline parses with its schema", () => {
    expect(eventTimelineSchema.safeParse(timeline).success).toBe(true);
  });

  test("releases documenting it, changes between them, and the covering release that drops it", () => {
    expect(timeline?.releases).toEqual(["r1", "r2"]);
    expect(timeline?.changes).toEqual([
      { release: "r1", aspect: "documented", evidence: "inferred" },
      { release: "r2", previousRelease: "r1", aspect: "sources", from: "server", to: "browser", evidence: "inferred" },
      { release: "r3", previousRelease: "r2", aspect: "undocumented", evidence: "inferred" },
    ]);
  });

  test("dates the documentation states sit beside the release evidence", () => {
    expect(timeline?.stated).toEqual([
      {
        kind: "added",
        date: "2015-06-08",
        dateAsWritten: "8 June 2015",
        text: "Added 8 June 2015.",
        release: "r2",
        evidence: "stated",
      },
    ]);
  });

  test("field timelines follow stated renames, type and value changes, nested fields included", () => {
    const byPath = Object.fromEntries((timeline?.fields ?? []).map((f) => [f.path, f]));
    expect(Object.keys(byPath)).toEqual([
      "event.child_id",
      "event.correct_map",
      "event.correct_map.correctness",
      "event.old",
    ]);
    expect(byPath["event.child_id"]?.changes.map((c) => [c.release, c.aspect, c.from ?? null, c.to ?? null])).toEqual([
      ["r1", "documented", null, null],
      ["r2", "renamed", "child-id", "child_id"],
    ]);
    expect(byPath["event.child_id"]?.stated.map((s) => [s.release, s.kind, s.text])).toEqual([
      ["r2", "renamed", RENAMED],
    ]);
    expect(byPath["event.old"]?.changes.at(-1)).toEqual({
      release: "r2",
      previousRelease: "r1",
      aspect: "type",
      from: "int",
      to: "number",
      evidence: "inferred",
    });
    expect(byPath["event.correct_map.correctness"]?.changes.at(-1)).toMatchObject({
      aspect: "values",
      from: "correct, incorrect",
      to: "correct, incorrect, partially-correct",
    });
    expect(byPath["event.correct_map"]?.changes.map((c) => c.aspect)).toEqual(["documented"]);
  });

  test("a common field's timeline marks its type change", () => {
    const { commonFields } = mergeReleases([
      read("r1", [], { commonFields: [field("time", { type: "string" })] }),
      read("r2", [], { commonFields: [field("time", { type: "datetime", typeAsWritten: "datetime" })] }),
    ]);
    expect(commonFields[0]?.timeline?.changes.map((c) => [c.release, c.aspect, c.to ?? null])).toEqual([
      ["r1", "documented", null],
      ["r2", "type", "datetime"],
    ]);
  });
});
