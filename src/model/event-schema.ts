// The model of an event: one entry across all releases, with one snapshot per release that documents it
// and a current view consolidated from them.
import { z } from "zod/v4";
import { evidenceSchema, historyEntrySchema, provenanceSchema, richTextSchema } from "./common-schema.ts";
import { exampleSchema } from "./example-schema.ts";
import { fieldSchema, type Field } from "./field-schema.ts";
import { eventTimelineSchema } from "./timeline-schema.ts";

export const eventSourceSchema = z.enum(["browser", "server", "mobile", "task"]).describe("Where an event is emitted.");
export type EventSource = z.infer<typeof eventSourceSchema>;

export const audienceSchema = z
  .enum(["student", "course-team", "general"])
  .describe(
    "Part of the documentation an event belongs to: student events, course team (instructor) events, or neither.",
  );
export type Audience = z.infer<typeof audienceSchema>;

export const aliasRelationSchema = z
  .enum(["former-name", "later-name", "mobile-name", "alternate-spelling", "variant", "slash-pair"])
  .describe("How an alias relates to the canonical name.");
export type AliasRelation = z.infer<typeof aliasRelationSchema>;

// The evidence of an identity decision is shared with field aliases; declared in common-schema.ts.
export { evidenceSchema, type Evidence } from "./common-schema.ts";

export const aliasSchema = z
  .object({
    name: z.string(),
    relation: aliasRelationSchema,
    evidence: z.array(evidenceSchema).min(1),
  })
  .describe("Another name under which the same event appears.");
export type Alias = z.infer<typeof aliasSchema>;

export const patternNameSchema = z
  .object({
    name: z.string().describe("The pattern as written, e.g. `edx.special_exam.{special exam type}.created`."),
    event: z
      .string()
      .optional()
      .describe("Id of the event whose name is this pattern, when a release documents the pattern as an event."),
    evidence: z
      .array(evidenceSchema)
      .min(1)
      .describe("The sentences, headings or table rows that write the pattern, and the rule that matched this event."),
  })
  .describe(
    "A name the docs write with a placeholder (`{…}`, `[…]`, `<…>` or `*`) that stands for this event among others.",
  );
export type PatternName = z.infer<typeof patternNameSchema>;

export const snapshotSchema = z
  .object({
    release: z.string().describe("Release id."),
    names: z.array(z.string()).min(1).describe("Event names as written in this release."),
    variant: z
      .string()
      .optional()
      .describe("When a release documents one name twice, e.g. browser and server problem_check: which one this is."),
    category: z.string().describe("Section or group the release files the event under."),
    audience: audienceSchema,
    sources: z.array(eventSourceSchema).describe("Normalised event sources."),
    sourcesAsWritten: z.string().optional().describe("The event source exactly as written."),
    sourcesInferred: z
      .boolean()
      .optional()
      .describe(
        'True when no Event Source is stated and the sources were read from the description ("The server emits …").',
      ),
    component: z.string().optional(),
    description: richTextSchema,
    contextFields: z.array(fieldSchema).describe("Member fields of the context field specific to this event."),
    eventFields: z.array(fieldSchema).describe("Member fields of the event field."),
    history: z.array(historyEntrySchema),
    examples: z.array(exampleSchema),
    deprecated: z.boolean().optional().describe("The release marks the event as deprecated."),
    nameEvidence: evidenceSchema
      .optional()
      .describe(
        "Set when the release's text does not state the event's name (a table cell lost in a print): how the name was inferred, always `inferred`.",
      ),
    provenance: provenanceSchema,
  })
  .describe("What one release documents about an event.");
export type Snapshot = z.infer<typeof snapshotSchema>;

export interface CurrentField extends Omit<Field, "fields"> {
  firstDocumentedIn: string;
  lastDocumentedIn: string;
  fields: CurrentField[];
}

/**
 * Derived from the field model at run time, so that every property a field has (now or later) is
 * also in the current view; only the nested fields and the two release ids differ.
 */
const fieldObjectSchema = fieldSchema as unknown as z.ZodObject<{ fields: z.ZodType }>;
export const currentFieldSchema = fieldObjectSchema
  .omit({ fields: true })
  .extend({
    firstDocumentedIn: z.string().describe("Oldest release that documents the field."),
    lastDocumentedIn: z
      .string()
      .describe(
        "Newest release that documents the field; older than the event's last release when a later covering release dropped it.",
      ),
    get fields() {
      return z.array(currentFieldSchema).describe("Nested member fields, consolidated the same way.");
    },
  })
  .describe(
    "One field of an event's current view: its text from the newest full release that documents it.",
  ) as unknown as z.ZodType<CurrentField>;

export const currentExampleSchema = exampleSchema
  .extend({ release: z.string().describe("Release the example is taken from.") })
  .describe("A code example of the current view, with the release it comes from.");
export type CurrentExample = z.infer<typeof currentExampleSchema>;

export const currentViewSchema = z
  .object({
    names: z.array(z.string()).min(1).describe("Names of the event today, the canonical name first."),
    category: z.string(),
    audience: audienceSchema,
    sources: z.array(eventSourceSchema).describe("Event sources, from the newest full release that states any."),
    description: richTextSchema,
    descriptionRelease: z.string().describe("Release the description (and category) is taken from."),
    contextFields: z.array(currentFieldSchema).describe("Every context member field any release documents."),
    eventFields: z.array(currentFieldSchema).describe("Every event member field any release documents."),
    examples: z.array(currentExampleSchema).describe("Examples of the newest full release that has any."),
  })
  .describe(
    "The event as documented today: each part from the newest release that covers the event in full (not truncated, not partial, covering its audience and category), falling back to other releases only for what no full release documents.",
  );
export type CurrentView = z.infer<typeof currentViewSchema>;

export const eventStatusSchema = z
  .enum(["documented", "deprecated", "no-longer-documented"])
  .describe(
    "documented: in the newest release that covers its part of the docs; deprecated: that release marks it deprecated; no-longer-documented: a later release covers its part but does not document it.",
  );

export const eventSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/)
      .describe("URL-safe stable id, derived from the canonical name."),
    name: z.string().describe("Canonical event_type: the name of the newest release that documents it."),
    aliases: z.array(aliasSchema),
    category: z.string().describe("Category of the newest snapshot."),
    audience: audienceSchema,
    status: eventStatusSchema,
    firstRelease: z.string(),
    lastRelease: z.string(),
    current: currentViewSchema,
    snapshots: z.array(snapshotSchema).min(1).describe("One per release that documents the event, oldest first."),
    patterns: z
      .array(patternNameSchema)
      .optional()
      .describe("Pattern names the docs write for this event among others, sorted by name."),
    standsFor: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .optional()
      .describe(
        "Set when the event's name is a pattern (`oe_[generated_event_type]`): the catalog events it stands for, by id, sorted; each lists the pattern among its `patterns` with the evidence.",
      ),
    timeline: eventTimelineSchema.optional(),
  })
  .describe("One event type across all releases.");
export type CatalogEvent = z.infer<typeof eventSchema>;
