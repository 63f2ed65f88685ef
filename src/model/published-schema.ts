// The shape of catalog.json as published, derived from the in-memory model: a snapshot (of an event
// or of a common field) that consecutive releases document identically is stated once, with the
// list of releases it holds for. expandCatalog (src/publish/) turns it back into the in-memory
// Catalog, which keeps one snapshot per release.
import { z } from "zod/v4";
import { catalogSchema, commonFieldSchema } from "./catalog-schema.ts";
import { eventSchema, snapshotSchema } from "./event-schema.ts";
import { fieldSchema } from "./field-schema.ts";

const heldFor = z
  .array(z.string())
  .min(1)
  .describe(
    "Releases this snapshot holds for, oldest first: consecutive releases documenting the event identically. Provenance is that of the first; for the others, each `file` under the first release's source folder lies at the same path under their own (the longest common folder of `releases[].sources[].path`).",
  );

export const publishedSnapshotSchema = snapshotSchema
  .omit({ release: true })
  .extend({ releases: heldFor })
  .describe("What one or more consecutive releases document about an event, stated once.");
export type PublishedSnapshot = z.infer<typeof publishedSnapshotSchema>;

export const publishedEventSchema = eventSchema
  .extend({
    snapshots: z
      .array(publishedSnapshotSchema)
      .min(1)
      .describe("The event as documented, oldest first; identical consecutive snapshots stated once."),
  })
  .describe("One event type across all releases.");
export type PublishedEvent = z.infer<typeof publishedEventSchema>;

export const publishedCommonFieldSchema = commonFieldSchema
  .extend({
    snapshots: z
      .array(z.object({ releases: heldFor, field: fieldSchema }))
      .min(1)
      .describe("The field as the releases document it, oldest first; identical consecutive versions stated once."),
  })
  .describe("A top-level field of every event.");
export type PublishedCommonField = z.infer<typeof publishedCommonFieldSchema>;

export const publishedCatalogSchema = catalogSchema
  .extend({
    commonFields: z.array(publishedCommonFieldSchema),
    events: z.array(publishedEventSchema).describe("Events, sorted by id."),
  })
  .describe("The edX / Open edX tracking-log event catalog (catalog.json).");
export type PublishedCatalog = z.infer<typeof publishedCatalogSchema>;
