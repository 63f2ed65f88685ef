import { describe, expect, test } from "vitest";
import { inferMissingSources, sourcesFromDescription } from "../../src/normalise/infer-sources.ts";
import type { EventDraft } from "../../src/readers/reader.ts";
import { lineSpan } from "../../src/model/position.ts";

describe("sourcesFromDescription", () => {
  test.each([
    // Real sentences of the 2016 guide (content/sources/2016-04-26-edx-research-guide.txt).
    ["The server emits this event when a learner chooses to take a special exam.", ["server"]],
    ["The browser emits this event when a user bookmarks a page.", ["browser"]],
    [
      "When a user marks a component as done or not done, the browser and the server emit an edx.done.toggled event.",
      ["browser", "server"],
    ],
    ["The edX mobile app emits this event when a user plays a video.", ["mobile"]],
    ["Events are emitted by the server or the browser to capture information.", []],
    ["A report of enrolled students: list-students", []],
  ])("%s", (text, expected) => {
    expect(sourcesFromDescription(text)).toEqual(expected);
  });
});

describe("inferMissingSources", () => {
  const draft = (sources: EventDraft["sources"], text: string): EventDraft => ({
    names: ["x"],
    category: "c",
    audience: "student",
    sources,
    description: { text, html: "" },
    contextFields: [],
    eventFields: [],
    history: [],
    examples: [],
    provenance: lineSpan("f", 1, 1),
  });

  test("fills only drafts that state no source, and marks them inferred", () => {
    const stated = draft(["browser"], "The server emits this event.");
    const unstated = draft([], "The server emits this event.");
    const silent = draft([], "Nothing here.");
    expect(inferMissingSources([stated, unstated, silent])).toBe(1);
    expect(stated).toMatchObject({ sources: ["browser"] });
    expect(stated.sourcesInferred).toBeUndefined();
    expect(unstated).toMatchObject({ sources: ["server"], sourcesInferred: true });
    expect(silent.sources).toEqual([]);
  });
});
