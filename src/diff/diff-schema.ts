// The model of a diff between two releases, declared once in zod; `diff.schema.json` is generated
// from it and the `diff --format json` output conforms to it.
import { z } from "zod/v4";
import { toPublishedJsonSchema } from "../model/json-schemas.ts";
import { CHANGE_KIND_NAMES, CHANGE_KINDS, DIFF_FORMAT_VERSION } from "./change-kinds.ts";

const changeKindSchema = z
  .enum(CHANGE_KIND_NAMES)
  .describe(CHANGE_KIND_NAMES.map((k) => `${k}: ${CHANGE_KINDS[k].description}`).join(" "));

export const diffChangeSchema = z
  .object({
    kind: changeKindSchema,
    path: z
      .string()
      .optional()
      .describe("Field path (`event.correct_map.correctness`, `context.module`) or common field name."),
    from: z
      .string()
      .optional()
      .describe("The value in the earlier release, when short (a name, a type, a list of values)."),
    to: z.string().optional().describe("The value in the later release."),
    evidence: z
      .enum(["stated", "inferred"])
      .optional()
      .describe("For renames: stated in the docs or inferred by a rule."),
    note: z.string().optional().describe("The sentence or rule behind the change, or why a release does not cover it."),
    release: z.string().optional().describe("Release whose text states the note, for stated evidence."),
  })
  .describe("One change.");
export type DiffChange = z.infer<typeof diffChangeSchema>;

export const eventDiffSchema = z
  .object({
    id: z.string().describe("Catalog event id."),
    name: z.string().describe("Canonical name in the catalog."),
    fromName: z.string().optional().describe("Name in the earlier release, when it documents the event."),
    toName: z.string().optional().describe("Name in the later release, when it documents the event."),
    changes: z.array(diffChangeSchema).min(1),
  })
  .describe("What changed for one event.");
export type EventDiff = z.infer<typeof eventDiffSchema>;

const releaseRefSchema = z.object({ id: z.string(), label: z.string(), date: z.string() });

export const releaseDiffSchema = z
  .object({
    formatVersion: z.literal(DIFF_FORMAT_VERSION),
    from: releaseRefSchema.describe("The earlier side of the comparison (as given; it may be the newer release)."),
    to: releaseRefSchema,
    event: z.string().optional().describe("The event the diff is limited to, when one was asked for."),
    summary: z
      .object({
        eventsAdded: z.int().min(0),
        eventsRemoved: z.int().min(0),
        eventsRenamed: z.int().min(0),
        eventsNotCovered: z.int().min(0),
        eventsChanged: z.int().min(0).describe("Events in both releases with at least one change."),
        differences: z
          .int()
          .min(0)
          .describe("Changes that count as differences (every kind except event-not-covered)."),
      })
      .describe("Counts."),
    events: z.array(eventDiffSchema).describe("Events with at least one change, sorted by id."),
    commonFields: z.array(diffChangeSchema).describe("Changes of the common fields, by name."),
  })
  .describe("What changed in the event documentation between two releases.");
export type ReleaseDiff = z.infer<typeof releaseDiffSchema>;

/** The JSON Schema published as `diff.schema.json`. */
export function diffJsonSchema(): Record<string, unknown> {
  return toPublishedJsonSchema(releaseDiffSchema, "edx-event-catalog release diff");
}
