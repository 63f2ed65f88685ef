// The second step of reading a release: each format group through its reader, the results as one.
// A reader that fails is reported and the release goes on without those files' drafts, so one bad
// file never takes the other releases down.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { positionAt } from "../model/position.ts";
import type { SourceFormat } from "../model/release-schema.ts";
import type { FileRead } from "../normalise/release-read.ts";
import { emptyReadResult, mergeReadResults, type ReadResult, type Reader } from "../readers/reader.ts";
import type { FormatGroup } from "./format-groups.ts";
import { readers } from "./reader-registry.ts";
import { pipelineRules } from "./rules.ts";

/** The drafts of every group, and its files in the order they were read. */
export function runReaders(
  groups: readonly FormatGroup[],
  library: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
  /** The reader of each format; the pipeline's one table unless a test stands one in. */
  registry: Readonly<Record<SourceFormat, Reader>> = readers,
): { result: ReadResult; files: FileRead[] } {
  const results: ReadResult[] = [];
  const files: FileRead[] = [];
  for (const group of groups) {
    const texts = group.files.map((f) => ({ path: f.path, text: f.text }));
    let result = emptyReadResult();
    try {
      result = registry[group.format].read({ files: texts, library }, sink);
    } catch (error) {
      sink.report(
        pipelineRules["reader/failed"],
        `the ${group.format} reader failed: ${(error as Error).message}`,
        positionAt(texts[0]?.path ?? "", 1, 1),
      );
    }
    results.push(result);
    for (const file of group.files) files.push({ ...file, format: group.format, formatDetected: group.detected });
  }
  return { result: mergeReadResults(results), files };
}
