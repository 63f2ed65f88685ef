// The release manifest (content/releases.json): which releases to read, from which files, in which format.
import { z } from "zod/v4";
import { gitReleasesSchema } from "./git-manifest-schema.ts";
import { datePrecisionSchema, sourceFormatSchema, statedCoverageSchema, upstreamSchema } from "./release-schema.ts";

export const manifestSourceSchema = z.object({
  path: z
    .string()
    .min(1)
    .describe("A file or a folder, relative to the manifest. A folder is read as one RST document set."),
  format: sourceFormatSchema.optional().describe("Stated format; detected from the text when absent."),
});
export type ManifestSource = z.infer<typeof manifestSourceSchema>;

export const manifestReleaseSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "a release id is letters, digits, '.', '_' or '-'"),
  label: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD"),
  datePrecision: datePrecisionSchema,
  dateEstimated: z.boolean().default(false),
  dateNote: z.string().optional(),
  sources: z.array(manifestSourceSchema).min(1),
  coverage: statedCoverageSchema,
  upstream: upstreamSchema.default({}),
});
export type ManifestRelease = z.infer<typeof manifestReleaseSchema>;

export const manifestSchema = z
  .object({
    $schema: z.string().optional(),
    releases: z
      .array(manifestReleaseSchema)
      .default([])
      .describe("Releases read from files under the manifest's folder."),
    git: z.array(gitReleasesSchema).optional().describe("Releases read from refs of local git repositories."),
  })
  .describe("The release manifest: at least one release, from files or from git refs.");
