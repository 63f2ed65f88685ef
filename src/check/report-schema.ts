// The model of a `check` report, declared once in zod; `check.schema.json` is generated from it and
// `check --format json` (and the site's "Check a log" page) produce exactly this shape.
import { z } from "zod/v4";
import { toPublishedJsonSchema } from "../model/json-schemas.ts";

export const CHECK_FORMAT_VERSION = "1.0.0";

export const observedKindSchema = z
  .enum(["string", "numeric-string", "number", "boolean", "object", "array", "null"])
  .describe('JSON type seen in the log; numeric-string is a string holding a number ("3"), told apart from string.');
export type ObservedKind = z.infer<typeof observedKindSchema>;

export const logPlaceSchema = z
  .object({ file: z.string().describe("Input file as given (`-` for standard input)."), line: z.int().min(1) })
  .describe("A line of the log.");
export type LogPlace = z.infer<typeof logPlaceSchema>;

export const eventStatusKindSchema = z
  .enum(["documented", "not-covered", "added-later", "removed-earlier", "not-in-release", "undocumented", "page-view"])
  .describe(
    "documented: in the chosen release; not-covered: the chosen release does not cover the event's part of the docs (or is cut off before it), so the event was answered from the newest release that documents it; added-later: first documented after the chosen release; removed-earlier: last documented before it; not-in-release: documented before and after it, not in it; undocumented: in no release; page-view: a URL path as event_type (a server page view).",
  );
export type EventStatusKind = z.infer<typeof eventStatusKindSchema>;

export const fieldStatusSchema = z
  .enum(["documented", "inside-documented-object", "undocumented", "not-checked"])
  .describe(
    "documented: the release documents this path; inside-documented-object: a member of a documented object whose members the release does not list; undocumented: not documented; not-checked: the event itself is not in the catalog.",
  );
export type FieldStatus = z.infer<typeof fieldStatusSchema>;

export const observedTypeSchema = z.object({
  type: observedKindSchema,
  count: z.int().min(0),
  example: logPlaceSchema,
  matches: z
    .boolean()
    .optional()
    .describe("Whether this type agrees with the documented type (absent when nothing is documented)."),
});
export type ObservedType = z.infer<typeof observedTypeSchema>;

export const fieldReportSchema = z
  .object({
    path: z
      .string()
      .describe(
        "Dot path: `event.answers.*` (`*` for a level keyed by ids such as answer ids or usage keys), `context.module.usage_key`, `username`; `[]` marks array items.",
      ),
    count: z.int().min(0).describe("Lines that carry this path."),
    status: fieldStatusSchema,
    documentedType: z.string().optional().describe("Documented type (`number`, `string|object`, `datetime`, …)."),
    documentedIn: z.string().optional().describe("Release whose documentation the path was checked against."),
    observed: z.array(observedTypeSchema),
  })
  .describe("One field path seen in the log.");
export type FieldReport = z.infer<typeof fieldReportSchema>;

export const eventReportSchema = z
  .object({
    eventType: z.string().describe("event_type as it appears in the log (for page views: `(page view)`)."),
    eventSource: z.string().optional().describe("event_source of these lines, when the log gives one."),
    name: z.string().optional().describe("The `name` member, when the lines carry one (mobile and video events)."),
    lines: z.int().min(1),
    example: logPlaceSchema,
    exampleEventType: z.string().optional().describe("For page views: one URL path seen."),
    status: eventStatusKindSchema,
    note: z
      .string()
      .optional()
      .describe('Why: "added in 2016-04-26", "removed after 2014-05", "2023-openedx does not cover …".'),
    eventId: z.string().optional().describe("Catalog event id it resolved to."),
    canonicalName: z.string().optional(),
    resolvedBy: z
      .enum(["name", "alias", "name-field", "pattern"])
      .optional()
      .describe(
        "How the name was found: canonical or documented name, alias (former, mobile, spelling), the `name` member, or a pattern name of the docs.",
      ),
    alias: z
      .string()
      .optional()
      .describe('The alias that matched, with its relation, or the `name` member that did (`name "…"`).'),
    pattern: z
      .string()
      .optional()
      .describe(
        "With resolvedBy pattern: the pattern name of the docs the event type matched (`oe_[generated_event_type]`); a name some release documents never resolves by a pattern.",
      ),
    firstRelease: z.string().optional(),
    lastRelease: z.string().optional(),
    fieldsFrom: z.string().optional().describe("Release whose field tables the fields were checked against."),
    fields: z.array(fieldReportSchema).describe("Paths of the event payload (`event.…`) and context (`context.…`)."),
  })
  .describe("One event type seen in the log.");
export type EventReport = z.infer<typeof eventReportSchema>;

export const findingSchema = z
  .object({
    rule: z.string().describe("Rule id (see the rule catalog)."),
    severity: z.enum(["error", "warning", "info"]),
    message: z.string(),
    count: z.int().min(1).describe("Lines concerned."),
    example: logPlaceSchema,
    column: z.int().min(1).optional().describe("Column of a parse error on the example line."),
    eventType: z.string().optional(),
    path: z.string().optional(),
  })
  .describe("One finding, with how many lines it concerns and an example line.");
export type Finding = z.infer<typeof findingSchema>;

export const consistencySchema = z
  .object({
    release: z.string(),
    label: z.string(),
    eventTypes: z.object({ documented: z.int().min(0), total: z.int().min(0), share: z.number().min(0).max(1) }),
    fieldPaths: z.object({ documented: z.int().min(0), total: z.int().min(0), share: z.number().min(0).max(1) }),
    score: z.number().min(0).max(1).describe("Mean of the two shares; releases are listed by score, best first."),
  })
  .describe("How well one release documents what the log holds.");
export type Consistency = z.infer<typeof consistencySchema>;

export const fileSummarySchema = z.object({
  file: z.string(),
  lines: z.int().min(0).describe("Non-blank lines read."),
  invalid: z.int().min(0).describe("Lines that are not JSON objects."),
  error: z
    .string()
    .optional()
    .describe("Why the file could not be read (empty, binary, missing); the other files are still checked."),
});
export type FileSummary = z.infer<typeof fileSummarySchema>;

export const checkReportSchema = z
  .object({
    formatVersion: z.literal(CHECK_FORMAT_VERSION),
    release: z.object({ id: z.string(), label: z.string() }).describe("The release the log was checked against."),
    files: z.array(fileSummarySchema),
    totals: z.object({
      lines: z.int().min(0).describe("Non-blank lines read."),
      events: z.int().min(0).describe("Lines that are JSON objects."),
      invalidLines: z.int().min(0),
      eventTypes: z.int().min(0),
      findings: z.int().min(0).describe("Findings of severity warning or error."),
    }),
    findings: z.array(findingSchema).describe("Most frequent first."),
    invalidLines: z
      .array(
        z.object({
          file: z.string(),
          line: z.int().min(1),
          column: z.int().min(1),
          rule: z.string(),
          message: z.string(),
        }),
      )
      .describe(
        "The first lines that could not be read, each with its place and the parse error (at most 100; totals.invalidLines counts all).",
      ),
    events: z.array(eventReportSchema).describe("Most frequent first."),
    commonFields: z.array(fieldReportSchema).describe("Top-level members other than event and context."),
    commonFieldsFrom: z.string().optional().describe("Release whose common-field table was used."),
    consistency: z.array(consistencySchema).describe("Every release, best match first."),
    truncated: z
      .array(z.string())
      .describe(
        "Limits reached to keep memory bounded (distinct event types, members of one object), each a sentence.",
      ),
  })
  .describe("What a tracking log holds, checked against one release of the catalog.");
export type CheckReport = z.infer<typeof checkReportSchema>;

export function checkJsonSchema(): Record<string, unknown> {
  return toPublishedJsonSchema(checkReportSchema, "edx-event-catalog check report");
}
