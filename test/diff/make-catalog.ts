// A small catalog built from hand-made drafts of three releases, for diff and CLI tests.
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import type { ReleaseRead } from "../../src/normalise/release-read.ts";
import { CATALOG_FORMAT_VERSION, type Catalog } from "../../src/model/catalog-schema.ts";
import { draft, field, history, read, rich } from "../merge/make-drafts.ts";
import { positionAt } from "../../src/model/position.ts";

export function catalogOf(reads: readonly ReleaseRead[]): Catalog {
  const merged = mergeReleases(reads);
  return {
    $schema: "./catalog.schema.json",
    formatVersion: CATALOG_FORMAT_VERSION,
    releases: reads.map((r) => r.release),
    commonFields: merged.commonFields,
    events: merged.events,
    diagnostics: merged.diagnostics,
  };
}

const CHILD = rich("ID of the module that was displayed to the student.");
const video = { category: "Video Interaction Events", sources: ["browser" as const] };
const nav = { category: "Navigational Events", sources: ["browser" as const] };

/** 2014-05 → 2016-04-26 → 2023-openedx (student events only, cut in the problem events). */
export function sampleCatalog(): Catalog {
  return catalogOf([
    read(
      "2014-05",
      [
        draft(
          ["seq_goto"],
          {
            ...nav,
            eventFields: [
              field("child-id", { description: CHILD }),
              field("old", { type: "integer", typeAsWritten: "integer" }),
            ],
          },
          10,
        ),
        draft(["load_video"], video, 20),
        draft(["save_problem_check"], { category: "Problem Interaction Events" }, 30),
        draft(["add-instructor"], { audience: "course-team", category: "Instructor Events" }, 40),
      ],
      { commonFields: [field("username"), field("time", { type: "string" })] },
    ),
    read(
      "2016-04-26",
      [
        draft(
          ["seq_goto"],
          {
            ...nav,
            history: [history("Added 8 June 2015.", "added")],
            eventFields: [
              field("child_id", {
                description: CHILD,
                history: [history("Renamed on 16 Oct 2014 from child-id to child_id.", "renamed")],
              }),
              field("old", { type: "number", typeAsWritten: "number" }),
              field("correct_map", {
                type: "object",
                fields: [field("correctness", { values: ["correct", "incorrect"] })],
              }),
            ],
          },
          10,
        ),
        draft(["book"], { category: "Textbook Interaction Events", sources: ["browser"] }, 15),
        draft(
          ["problem_check"],
          {
            category: "Problem Interaction Events",
            history: [
              history("Prior to 15 Oct 2013, this server-emitted event was named save_problem_check.", "renamed", [
                "save_problem_check",
              ]),
            ],
          },
          30,
        ),
        draft(["add-instructor"], { audience: "course-team", category: "Instructor Events" }, 40),
      ],
      { commonFields: [field("username"), field("time", { type: "datetime", typeAsWritten: "datetime" })] },
    ),
    read(
      "2023-openedx",
      [
        draft(["play_video"], video, 1),
        draft(["book"], { category: "Textbook Interaction Events", sources: ["browser"] }, 2),
        // The text stops inside seq_goto, before its field table.
        draft(["seq_goto"], { ...nav, history: [history("Added 8 June 2015.", "added")] }, 3),
      ],
      { truncation: { position: positionAt("f.rst", 3, 500), lastText: "The" } },
      { audiences: ["student"], partial: true, truncated: true },
    ),
  ]);
}
