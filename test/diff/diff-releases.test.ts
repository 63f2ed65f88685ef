import { describe, expect, test } from "vitest";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import { releaseDiffSchema } from "../../src/diff/diff-schema.ts";
import { sampleCatalog } from "./make-catalog.ts";

const catalog = sampleCatalog();

function kinds(diff: ReturnType<typeof diffReleases>): Record<string, string[]> {
  return Object.fromEntries(
    diff.events.map((e) => [e.name, e.changes.map((c) => (c.path ? `${c.kind} ${c.path}` : c.kind))]),
  );
}

describe("diffReleases", () => {
  test("neighbours: added, removed, renamed, and field changes of events in both", () => {
    const diff = diffReleases(catalog, "2014-05", "2016-04-26");
    expect(releaseDiffSchema.safeParse(diff).success).toBe(true);
    expect(kinds(diff)).toEqual({
      book: ["event-added"],
      load_video: ["event-removed"],
      // "The server emits save_problem_check events." → "… problem_check events.": only the name changed.
      problem_check: ["event-renamed", "history-added"],
      seq_goto: [
        "history-added",
        "field-renamed event.child_id",
        "field-added event.correct_map",
        "field-added event.correct_map.correctness",
        "field-type-changed event.old",
      ],
    });
    const rename = diff.events.find((e) => e.name === "problem_check")?.changes[0];
    expect(rename).toMatchObject({ from: "save_problem_check", to: "problem_check", evidence: "stated" });
    expect(rename).toMatchObject({
      release: "2016-04-26",
      note: "Prior to 15 Oct 2013, this server-emitted event was named save_problem_check.",
    });
    const fieldRename = diff.events.find((e) => e.name === "seq_goto")?.changes[1];
    expect(fieldRename).toMatchObject({
      from: "event.child-id",
      to: "event.child_id",
      evidence: "stated",
      release: "2016-04-26",
    });
    expect(diff.summary).toEqual({
      eventsAdded: 1,
      eventsRemoved: 1,
      eventsRenamed: 1,
      eventsNotCovered: 0,
      eventsChanged: 2,
      differences: 10,
    });
    expect(diff.commonFields).toEqual([
      { kind: "common-field-changed", path: "time", note: "type", from: "string", to: "datetime" },
    ]);
  });

  test("releases that are not neighbours, by label as well as id", () => {
    const byLabel = diffReleases(catalog, "Release 2014-05", "2023-openedx");
    expect(byLabel.from.id).toBe("2014-05");
    const k = kinds(byLabel);
    // 2023 holds only student events and stops in the problem events: neither is a removal.
    expect(k["add-instructor"]).toEqual(["event-not-covered"]);
    expect(k["problem_check"]).toEqual(["event-not-covered"]);
    expect(k["load_video"]).toEqual(["event-removed"]);
    expect(k["play_video"]).toEqual(["event-added"]);
    const note = byLabel.events.find((e) => e.name === "add-instructor")?.changes[0]?.note;
    expect(note).toBe("release 2023-openedx does not cover course-team events, Instructor Events");
    expect(byLabel.summary.eventsNotCovered).toBe(2);
  });

  test("backwards: an event of the later release is removed only if the earlier one covers it", () => {
    const diff = diffReleases(catalog, "2023-openedx", "2016-04-26");
    const k = kinds(diff);
    expect(k["add-instructor"]).toEqual(["event-not-covered"]);
    expect(k["problem_check"]).toEqual(["event-not-covered"]);
  });

  test("--event limits the diff to one event, found by a former name too", () => {
    const diff = diffReleases(catalog, "2014-05", "2016-04-26", { event: "save_problem_check" });
    expect(diff.events.map((e) => e.name)).toEqual(["problem_check"]);
    expect(diff.event).toBe("save_problem_check");
    expect(diff.commonFields).toEqual([]);
  });

  test("a release compared with itself has no differences", () => {
    const diff = diffReleases(catalog, "2016-04-26", "2016-04-26");
    expect(diff.events).toEqual([]);
    expect(diff.summary.differences).toBe(0);
  });

  test("an unknown release throws a message naming it and the known ids", () => {
    expect(() => diffReleases(catalog, "2015", "2016-04-26")).toThrow(
      'unknown release "2015"; known releases: 2014-05, 2016-04-26, 2023-openedx',
    );
  });
});

describe("a text cut inside an event", () => {
  test("fields after the cut are not covered, not removed; a release without common fields compares none", () => {
    const diff = diffReleases(catalog, "2016-04-26", "2023-openedx");
    const seq = diff.events.find((e) => e.name === "seq_goto");
    expect(seq?.changes.filter((c) => c.kind.startsWith("field-")).map((c) => [c.kind, c.path])).toEqual([
      ["field-not-covered", "event.child_id"],
      ["field-not-covered", "event.correct_map"],
      ["field-not-covered", "event.correct_map.correctness"],
      ["field-not-covered", "event.old"],
    ]);
    expect(diff.commonFields).toEqual([]);
  });

  test("the event timeline does not mark those fields undocumented", () => {
    const seq = catalog.events.find((e) => e.name === "seq_goto") as (typeof catalog.events)[number] & {
      timeline?: { fields: { path: string; changes: { release: string; aspect: string }[] }[] };
    };
    const old = seq.timeline?.fields.find((f) => f.path === "event.old");
    expect(old?.changes.map((c) => `${c.release}:${c.aspect}`)).toEqual(["2014-05:documented", "2016-04-26:type"]);
  });
});
