// Reads one release, on text already loaded (no I/O), in three steps that a reader of this file can
// follow top to bottom:
//   1. group the files by format (format-groups.ts),
//   2. run each group's reader (run-readers.ts),
//   3. run the normalise passes, the work that is the same for every reader (normalise/passes.ts),
// and then describe the release from its manifest entry (normalise/release-record.ts). Steps 1–3
// depend only on the files, so the pipeline reads each distinct set of files once.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../model/manifest-schema.ts";
import { positionAt, type SourcePosition } from "../model/position.ts";
import { runNormalisePasses } from "../normalise/passes.ts";
import type { ReleaseRead, SourcesRead } from "../normalise/release-read.ts";
import { describeRelease } from "../normalise/release-record.ts";
import { groupByFormat } from "./format-groups.ts";
import type { LoadedSource } from "../io/load-sources.ts";
import { runReaders } from "./run-readers.ts";

/** Runs the readers and the passes on the files of one release; depends only on the files (paths, texts, formats). */
export function readReleaseSources(
  sources: readonly LoadedSource[],
  sink: DiagnosticSink,
  /** Further files `.. include::` may name (a git ref's folder), beside the sources themselves. */
  extraLibrary: ReadonlyMap<string, string> = new Map(),
): SourcesRead {
  const library = new Map<string, string>(extraLibrary);
  for (const source of sources) for (const file of source.files) library.set(file.path, file.text);
  const { result, files } = runReaders(groupByFormat(sources, sink), library, sink);
  return runNormalisePasses({ files, library, result, sources: [] }, sink);
}

export function readRelease(
  manifest: ManifestRelease,
  sources: readonly LoadedSource[],
  sink: DiagnosticSink,
  /** Further files `.. include::` may name (a git ref's folder), beside the sources themselves. */
  extraLibrary: ReadonlyMap<string, string> = new Map(),
  /** Where the manifest names the release. */
  at: SourcePosition = positionAt("releases.json", 1, 1),
): ReleaseRead {
  return describeRelease(manifest, readReleaseSources(sources, sink, extraLibrary), sink, at);
}
