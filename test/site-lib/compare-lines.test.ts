// The compare views' lines: type changes classified, descriptions as word diffs, counts from lists.
import { describe, expect, it } from "vitest";
import { diffView } from "../../site/components/history/diff-view.ts";
import { typeChangeClass } from "../../site/components/history/type-change.ts";
import { wordDiff } from "../../site/components/history/word-diff.ts";
import type { ReleaseDiff } from "../../src/diff/diff-schema.ts";

describe("typeChangeClass", () => {
  it("tells a wording (integer → number, dict → object) from a change of kind (string → object)", () => {
    expect(typeChangeClass("integer", "number")).toBe("wording");
    expect(typeChangeClass("dict", "object")).toBe("wording");
    expect(typeChangeClass("string", "object")).toBe("kind");
    expect(typeChangeClass("array", "string")).toBe("kind");
  });
});

describe("wordDiff", () => {
  it("keeps the common words and marks the removed and added ones", () => {
    expect(wordDiff("The time in the video when the event was emitted.", "The time in the video, in seconds.")).toEqual(
      [
        { kind: "same", text: "The time in the" },
        { kind: "removed", text: "video when the event was emitted." },
        { kind: "added", text: "video, in seconds." },
      ],
    );
  });
});

describe("diffView", () => {
  const diff: ReleaseDiff = {
    formatVersion: "1.0.0",
    from: { id: "a", label: "A", date: "2014-01-01" },
    to: { id: "b", label: "B", date: "2015-01-01" },
    summary: {
      eventsAdded: 0,
      eventsRemoved: 0,
      eventsRenamed: 1,
      eventsChanged: 2,
      eventsNotCovered: 0,
      differences: 3,
    },
    events: [
      {
        id: "problem_check",
        name: "problem_check",
        fromName: "save_problem_check",
        toName: "problem_check",
        changes: [{ kind: "event-renamed", from: "save_problem_check", to: "problem_check" }],
      },
      {
        id: "seek_video",
        name: "seek_video",
        fromName: "seek_video",
        toName: "seek_video",
        changes: [{ kind: "field-type-changed", path: "event.new_time", from: "integer", to: "number" }],
      },
    ],
    commonFields: [],
  };

  it("counts each list by its length and leaves a type wording out of the changes in all", () => {
    const view = diffView(diff);
    expect(view.summary.eventsRenamed).toBe(1);
    expect(view.summary.eventsChanged).toBe(1);
    expect(view.groups.find((g) => g.key === "changed")?.events.length).toBe(1);
    expect(view.summary.differences).toBe(1);
    expect(view.groups.find((g) => g.key === "changed")?.events[0]?.lines[0]?.typeChange).toBe("wording");
  });
});
