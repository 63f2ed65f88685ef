// The normalise passes, in the order the pipeline runs them on what the readers read from one
// release's files. Like docutils' transforms, each does one job that is the same for every reader,
// so no reader does it on its own and the pipeline's glue does none of it. A pass takes the
// release's files and drafts (`SourcesRead`) and a sink, and returns them: either with a part
// replaced (coverage) or with the drafts completed in place (the drafts are still the release's
// own here; they are shared between releases only afterwards). After the passes, per release,
// `describeRelease` (release-record.ts) adds the manifest's description of the release.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { checkExampleFields } from "./check-example-fields.ts";
import { inferMissingSources } from "./infer-sources.ts";
import { reportInvalidExamples } from "./invalid-examples.ts";
import type { SourcesRead } from "./release-read.ts";
import { resolveSharedFields } from "./shared-fields.ts";
import { recordSources } from "./source-coverage.ts";

export interface NormalisePass {
  /** Kebab-case, as the docs' list of stages names it. */
  name: string;
  run(read: SourcesRead, sink: DiagnosticSink): SourcesRead;
}

export const normalisePasses: readonly NormalisePass[] = [
  // Each file's record with its coverage: first, since it measures only what the readers used.
  { name: "source-coverage", run: (read) => ({ ...read, sources: recordSources(read.files, read.result) }) },
  // Each invalid example a diagnostic at the place of its error; examples as the readers read them.
  {
    name: "invalid-examples",
    run: (read, sink) => {
      reportInvalidExamples(read.result, read.library, sink);
      return read;
    },
  },
  // "The same fields as X" completed from X: needs every draft of the release, so after all readers.
  // The pattern names the statements write ("edx.special_exam.{…}.created") join the release's own.
  {
    name: "shared-fields",
    run: (read, sink) => {
      const patterns = resolveSharedFields(read.result.events, sink);
      if (patterns.length === 0) return read;
      return { ...read, result: { ...read.result, patternNames: [...(read.result.patternNames ?? []), ...patterns] } };
    },
  },
  // Sources from "The server emits this event" for drafts that state none; after shared fields, whose
  // sources are the drafts' own statements only.
  {
    name: "infer-sources",
    run: (read) => {
      inferMissingSources(read.result.events);
      return read;
    },
  },
  // The docs' examples checked against their field tables: last, as it reads the completed fields.
  {
    name: "example-fields",
    run: (read, sink) => {
      checkExampleFields(read.result, read.library, sink);
      return read;
    },
  },
];

/** Runs every pass, in order, on what the readers read from one release's files. */
export function runNormalisePasses(read: SourcesRead, sink: DiagnosticSink): SourcesRead {
  return normalisePasses.reduce((current, pass) => pass.run(current, sink), read);
}
