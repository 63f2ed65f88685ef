// The manifest entry that names releases by git refs instead of files: one local repository, the
// paths of the tracking-log chapter inside it, and one release per ref. Paths can change from ref
// to ref (the upstream chapter moved from tracking_logs.rst to tracking_logs/*.rst + event_list.rst).
import { z } from "zod/v4";
import { datePrecisionSchema, sourceFormatSchema, statedCoverageSchema, upstreamSchema } from "./release-schema.ts";

export const gitPathSchema = z
  .object({
    path: z
      .string()
      .min(1)
      .describe(
        "A file or a folder inside the ref, relative to the repository root; a folder is read as one RST document set.",
      ),
    format: sourceFormatSchema.optional().describe("Stated format; detected from the text when absent."),
  })
  .describe("A source inside a git ref.");
export type GitPath = z.infer<typeof gitPathSchema>;

const releaseIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "a release id is letters, digits, '.', '_' or '-'");

export const gitRefReleaseSchema = z
  .object({
    ref: z.string().min(1).describe("A tag, branch or commit of the repository."),
    id: releaseIdSchema
      .optional()
      .describe("Release id; by default the ref with every other character turned into '-'."),
    label: z.string().min(1).optional().describe("By default the ref."),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD")
      .optional()
      .describe("By default the date of the ref's commit (committer date)."),
    datePrecision: datePrecisionSchema.optional().describe('By default "day".'),
    dateEstimated: z.boolean().optional(),
    dateNote: z.string().optional(),
    paths: z.array(gitPathSchema).min(1).optional().describe("Paths for this ref, when they differ from the group's."),
    coverage: statedCoverageSchema,
  })
  .describe("One release read from one ref.");
export type GitRefRelease = z.infer<typeof gitRefReleaseSchema>;

export const gitReleasesSchema = z
  .object({
    repository: z
      .string()
      .min(1)
      .describe("A local git repository (its work tree or bare folder), relative to the manifest."),
    paths: z
      .array(gitPathSchema)
      .min(1)
      .describe("Paths of the tracking-log files, for every ref that does not give its own."),
    libraryRoot: z
      .string()
      .optional()
      .describe("Folder inside the ref whose text files `.. include::` may name; by default the folder of each path."),
    upstream: upstreamSchema.optional().describe("Upstream description shared by the releases; each gets its ref."),
    refs: z.array(gitRefReleaseSchema).min(1),
  })
  .describe("Releases taken from refs of a git repository.");
export type GitReleases = z.infer<typeof gitReleasesSchema>;
