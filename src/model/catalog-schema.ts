// The published catalog: the one data model that the CLI writes, the site renders and users code against.
import { z } from "zod/v4";
import { diagnosticSchema } from "./diagnostic-schema.ts";
import { eventSchema } from "./event-schema.ts";
import { fieldSchema } from "./field-schema.ts";
import { releaseSchema } from "./release-schema.ts";
import { fieldTimelineSchema } from "./timeline-schema.ts";

export const CATALOG_FORMAT_VERSION = "2.1.0";

export const commonFieldSchema = z
  .object({
    name: z.string(),
    snapshots: z
      .array(z.object({ release: z.string(), field: fieldSchema }))
      .min(1)
      .describe("The field as each release documents it, oldest first."),
    timeline: fieldTimelineSchema.optional(),
  })
  .describe("A top-level field of every event.");
export type CommonField = z.infer<typeof commonFieldSchema>;

export const catalogSchema = z
  .object({
    $schema: z.string().describe("Location of this file's JSON Schema."),
    formatVersion: z.literal(CATALOG_FORMAT_VERSION).describe("Version of the catalog format (semver)."),
    releases: z.array(releaseSchema).describe("Releases, oldest first."),
    commonFields: z.array(commonFieldSchema),
    events: z.array(eventSchema).describe("Events, sorted by id."),
    diagnostics: z.array(diagnosticSchema).describe("Problems found in the input, by release and place."),
  })
  .describe("The edX / Open edX tracking-log event catalog.");
export type Catalog = z.infer<typeof catalogSchema>;
