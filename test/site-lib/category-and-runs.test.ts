// One name per category across releases, and one snapshot page per run of identical releases.
import { describe, expect, it } from "vitest";
import { categoryNames } from "../../site/lib/category-names.ts";
import { snapshotRuns } from "../../site/lib/snapshot-runs.ts";
import type { CatalogEvent, Snapshot } from "../../src/model/event-schema.ts";
import { lineSpan } from "../../src/model/position.ts";

function snapshot(
  release: string,
  category: string,
  description = "Emitted when a learner views the experiment.",
  line = 10,
): Snapshot {
  return {
    release,
    names: ["edx.experiment.viewed"],
    category,
    audience: "student",
    sources: ["server"],
    description: { text: description, html: `<p>${description}</p>` },
    contextFields: [],
    eventFields: [],
    history: [],
    examples: [],
    provenance: lineSpan(`${release}.rst`, line, line + 5),
  } as Snapshot;
}

function event(id: string, category: string, snapshots: Snapshot[]): CatalogEvent {
  return { id, name: id, aliases: [], category, snapshots } as unknown as CatalogEvent;
}

describe("categoryNames", () => {
  it("names a retitled category by its newest title, the older one as its alias", () => {
    const events = [
      event("a", "Testing Events for Content Experiments", [
        snapshot("birch", "A/B Testing Events"),
        snapshot("main", "Testing Events for Content Experiments"),
      ]),
      event("b", "A/B Testing Events", [snapshot("birch", "A/B Testing Events")]),
    ];
    const names = categoryNames(events);
    expect(names.canonical("A/B Testing Events")).toBe("Testing Events for Content Experiments");
    expect(names.names).toEqual(["Testing Events for Content Experiments"]);
    expect(names.aliasesOf("Testing Events for Content Experiments")).toEqual(["A/B Testing Events"]);
  });

  it("keeps two categories apart when the older one's events went to several newer ones", () => {
    const events = [
      event("a", "Video Interaction Events", [
        snapshot("birch", "Video Events"),
        snapshot("main", "Video Interaction Events"),
      ]),
      event("b", "Pre-Roll Video Interaction Events", [
        snapshot("birch", "Video Events"),
        snapshot("main", "Pre-Roll Video Interaction Events"),
      ]),
    ];
    expect(categoryNames(events).names).toEqual(["Pre-Roll Video Interaction Events", "Video Interaction Events"]);
    expect(categoryNames(events).canonical("Video Events")).toBe("Video Events");
  });
});

describe("snapshotRuns", () => {
  it("joins consecutive releases with the same text, even at other lines, and starts a run where it changes", () => {
    const e = event("x", "C", [
      snapshot("hawthorn", "C", "Old text.", 10),
      snapshot("ironwood", "C", "Old text.", 12),
      snapshot("palm", "C", "New text.", 10),
      snapshot("quince", "C", "New text.", 10),
    ]);
    const runs = snapshotRuns(e, ["hawthorn", "ironwood", "2023-openedx", "palm", "quince"]);
    expect(runs.map((r) => r.releases)).toEqual([
      ["hawthorn", "ironwood"],
      ["palm", "quince"],
    ]);
  });
});
