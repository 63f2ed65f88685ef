// The model of a documentation release as published in the catalog: what it is, what its sources cover.
import { z } from "zod/v4";
import { audienceSchema } from "./event-schema.ts";

export const sourceFormatSchema = z
  .enum(["rst", "rst-inventory", "rst-collapsed", "pdf-text", "wiki-text"])
  .describe(
    "rst: reStructuredText; rst-inventory: the 2013 grid-table inventory; rst-collapsed: RST whose line breaks were lost; pdf-text: text extracted from the PDF guide; wiki-text: the early wiki page.",
  );
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

export const datePrecisionSchema = z
  .enum(["day", "month", "quarter", "half-year", "year", "range"])
  .describe("How precise the release date is.");
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

export const skippedBlockSchema = z.object({
  line: z.int().min(1),
  endLine: z.int().min(1),
  rule: z.string(),
  reason: z.string(),
});
export type SkippedBlock = z.infer<typeof skippedBlockSchema>;

export const sourceCoverageSchema = z
  .object({
    lines: z.int().min(0).describe("Non-blank lines in the file."),
    linesUsed: z.int().min(0).describe("Non-blank lines of which some text ended up in the catalog."),
    characters: z.int().min(0).describe("Non-white-space characters in the file."),
    charactersUsed: z.int().min(0).describe("Non-white-space characters inside text that ended up in the catalog."),
    ratio: z.number().min(0).max(1).describe("charactersUsed / characters, rounded to 4 places."),
    skipped: z.array(skippedBlockSchema).describe("Blocks the reader could not place."),
  })
  .describe("How much of a source file's text ended up in the catalog.");
export type SourceCoverage = z.infer<typeof sourceCoverageSchema>;

export const releaseSourceSchema = z.object({
  path: z.string().describe("Path relative to the content folder."),
  format: sourceFormatSchema,
  formatDetected: z.boolean().describe("True when the format was detected rather than stated in the manifest."),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.int().min(0),
  coverage: sourceCoverageSchema,
});
export type ReleaseSource = z.infer<typeof releaseSourceSchema>;

/** What a manifest entry may state of its release's coverage (the rest is found by reading it). */
export const statedCoverageSchema = z
  .object({
    audiences: z.array(audienceSchema).optional(),
    partial: z.boolean().optional(),
    note: z.string().optional(),
  })
  .optional();

export const releaseCoverageSchema = z
  .object({
    audiences: z.array(audienceSchema).describe("Parts of the documentation the sources hold."),
    categories: z.array(z.string()).describe("Event categories (sections) the sources hold."),
    partial: z.boolean().describe("The sources hold only part of the documentation of their time."),
    truncated: z.boolean().describe("A source stops before its end (mid-sentence, mid-table)."),
    truncation: z
      .object({ file: z.string(), line: z.int().min(1), column: z.int().min(1), lastText: z.string() })
      .optional(),
    note: z.string().optional(),
  })
  .describe("What a release's sources cover: an event missing from an uncovered part has not been removed.");
export type ReleaseCoverage = z.infer<typeof releaseCoverageSchema>;

export const upstreamSchema = z
  .object({
    title: z.string().optional(),
    repository: z.string().optional(),
    path: z.string().optional(),
    ref: z.string().optional(),
    commit: z.string().optional().describe("The commit the text was taken from."),
    url: z.string().optional(),
    note: z.string().optional(),
  })
  .describe("Where the release's text came from.");
export type Upstream = z.infer<typeof upstreamSchema>;

const releaseCountsSchema = z.object({
  events: z.int().min(0),
  fields: z.int().min(0).describe("Context and event member fields, nested ones included."),
  examples: z.int().min(0),
  invalidExamples: z.int().min(0),
  errors: z.int().min(0),
  warnings: z.int().min(0),
});

export const releaseSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
    label: z.string(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe("ISO date; for an estimate, the middle or start of the range."),
    datePrecision: datePrecisionSchema,
    dateEstimated: z.boolean(),
    dateNote: z.string().optional(),
    upstream: upstreamSchema,
    sources: z.array(releaseSourceSchema),
    coverage: releaseCoverageSchema,
    counts: releaseCountsSchema,
  })
  .describe("One documentation release.");
export type Release = z.infer<typeof releaseSchema>;
