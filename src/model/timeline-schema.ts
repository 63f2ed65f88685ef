// The history of an event and of each of its fields across releases: which releases document it,
// where its type, description or allowed values changed, and the dates the documentation itself
// states. What comes from comparing releases is marked "inferred"; what the text says, "stated".
import { z } from "zod/v4";
import { historyKindSchema, provenanceSchema } from "./common-schema.ts";

const timelineAspectSchema = z
  .enum([
    "documented",
    "undocumented",
    "renamed",
    "type",
    "description",
    "values",
    "nullable",
    "sources",
    "component",
    "category",
  ])
  .describe(
    "documented: first documented (or documented again); undocumented: a covering release no longer documents it; the others: what changed.",
  );

export const timelineChangeSchema = z
  .object({
    release: z.string().describe("Release where the change is first seen."),
    previousRelease: z.string().optional().describe("Release it is compared with (the previous one documenting it)."),
    aspect: timelineAspectSchema,
    from: z.string().optional().describe("Value before, for a short value (type, allowed values, name)."),
    to: z.string().optional().describe("Value after."),
    evidence: z.literal("inferred"),
  })
  .describe("A change found by comparing two releases.");
export type TimelineChange = z.infer<typeof timelineChangeSchema>;

export const statedDateSchema = z
  .object({
    date: z.string().optional().describe("ISO 8601 date, when the text gives a valid one."),
    dateAsWritten: z.string().optional(),
    kind: historyKindSchema,
    text: z.string().describe("The history sentence."),
    release: z.string().describe("Release whose text states it."),
    evidence: z.literal("stated"),
    provenance: provenanceSchema.optional(),
  })
  .describe('A change the documentation states, with its date ("Added 8 June 2015").');
export type StatedDate = z.infer<typeof statedDateSchema>;

const timelineShape = {
  firstRelease: z.string().describe("Oldest release that documents it."),
  lastRelease: z.string().describe("Newest release that documents it."),
  releases: z.array(z.string()).describe("Releases that document it, oldest first."),
  changes: z.array(timelineChangeSchema).describe("Changes between releases, oldest first."),
  stated: z.array(statedDateSchema).describe("History the documentation states, each with the release that says it."),
};

export const fieldTimelineSchema = z
  .object({
    path: z
      .string()
      .describe(
        "Where the field sits: `context.<name>` or `event.<name>`, nested members joined by `.`; a common field by its name.",
      ),
    ...timelineShape,
  })
  .describe("The history of one field across releases.");
export type FieldTimeline = z.infer<typeof fieldTimelineSchema>;

export const eventTimelineSchema = z
  .object({
    ...timelineShape,
    fields: z
      .array(fieldTimelineSchema)
      .describe("Every context and event member field, nested ones included, by path."),
  })
  .describe("The history of an event across releases.");
export type EventTimeline = z.infer<typeof eventTimelineSchema>;
