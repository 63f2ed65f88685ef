// Chains the stages for one manifest: load the manifest, then each release's sources from files or
// git refs (the I/O, in src/io/) → read → merge → catalog. The CLI and the site's content loader
// both call this; nothing else reads sources.
import { basename, resolve } from "node:path";
import { createDiagnosticSink, type DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { gitReleaseEntry } from "../git-releases/git-release-entry.ts";
import type { GitReleases } from "../model/git-manifest-schema.ts";
import { loadGitRelease } from "../io/load-git-release.ts";
import type { Catalog } from "../model/catalog-schema.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { ManifestRelease } from "../model/manifest-schema.ts";
import type { SourcePosition } from "../model/position.ts";
import type { ReleaseRead, SourcesRead } from "../normalise/release-read.ts";
import { describeRelease } from "../normalise/release-record.ts";
import { assembleCatalog } from "./assemble-catalog.ts";
import { loadManifest, type LoadedManifest } from "../io/load-manifest.ts";
import { loadSource, type LoadedSource } from "../io/load-sources.ts";
import { loadRules } from "../io/rules.ts";
import { readReleaseSources } from "./read-release.ts";

export interface BuildOutcome {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  /** Releases that could not be built at all (every source missing or unreadable, a git ref not found). */
  failedReleases: string[];
}

interface ReleaseJob {
  id: string;
  /** Where the manifest names the release. */
  place: SourcePosition;
  /** Loads the sources; undefined when the release cannot be built (the reasons are in the sink). */
  load: (
    sink: DiagnosticSink,
  ) => Promise<{ manifest: ManifestRelease; sources: LoadedSource[]; library?: Map<string, string> } | undefined>;
}

function fileJob(manifest: LoadedManifest, entry: ManifestRelease): ReleaseJob {
  return {
    id: entry.id,
    place: manifest.placeOf(entry.id),
    async load(sink) {
      const sources: LoadedSource[] = [];
      for (const source of entry.sources) {
        sources.push(await loadSource(manifest.root, source, sink, manifest.placeOf(entry.id, source.path)));
      }
      return sources.every((s) => s.files.length === 0) ? undefined : { manifest: entry, sources };
    },
  };
}

function gitJobs(manifest: LoadedManifest, group: GitReleases): ReleaseJob[] {
  const root = manifest.root;
  return group.refs.map((ref) => {
    const provisional = gitReleaseEntry(group, ref, { sha: "", date: "" });
    const place = manifest.placeOf(group.repository, ref.ref);
    return {
      id: provisional.id,
      place,
      async load(sink) {
        const paths = ref.paths ?? group.paths;
        const input = {
          repository: resolve(root, group.repository),
          ref: ref.ref,
          paths,
          ...(group.libraryRoot ? { libraryRoot: group.libraryRoot } : {}),
        };
        const loaded = await loadGitRelease(input, sink);
        for (const error of loaded.errors) sink.report(error.rule, error.message, place);
        if (!loaded.value) return undefined;
        const entry = gitReleaseEntry(group, ref, { sha: loaded.value.commit, date: loaded.value.commitDate });
        const manifest: ManifestRelease = {
          id: entry.id,
          label: entry.label,
          date: entry.date,
          datePrecision: entry.datePrecision,
          dateEstimated: entry.dateEstimated,
          sources: entry.paths,
          upstream: entry.upstream,
          ...(entry.dateNote !== undefined ? { dateNote: entry.dateNote } : {}),
          ...(ref.coverage ? { coverage: ref.coverage } : {}),
        };
        return { manifest, sources: loaded.value.sources, library: loaded.value.library };
      },
    };
  });
}

interface CachedRead {
  read: SourcesRead;
  /** What reading reported, to be reported again for each release that reads the same files. */
  diagnostics: Diagnostic[];
}

/** The files a release reads, by path, content and stated format: equal keys read equally. */
function filesKey(sources: readonly LoadedSource[]): string {
  return JSON.stringify(sources.map((s) => [s.manifest.format ?? "", s.files.map((f) => [f.path, f.sha256])]));
}

/**
 * Consecutive Open edX releases often vendor the very same files (Juniper reads Ironwood's folder):
 * reading is a pure function of the files, so each distinct set is read once and its drafts are
 * shared (no stage after reading changes them). Releases read from git carry a further library of
 * files and are always read.
 */
function readOnce(
  cache: Map<string, CachedRead>,
  sources: readonly LoadedSource[],
  library: ReadonlyMap<string, string> | undefined,
  sink: DiagnosticSink,
  own: Diagnostic[],
): SourcesRead {
  if (library !== undefined && library.size > 0) return readReleaseSources(sources, sink, library);
  const key = filesKey(sources);
  const cached = cache.get(key);
  if (cached) {
    own.push(...cached.diagnostics);
    return cached.read;
  }
  const before = own.length;
  const read = readReleaseSources(sources, sink);
  cache.set(key, { read, diagnostics: own.slice(before) });
  return read;
}

export interface BuildOptions {
  /** Build only these releases of the manifest (by id); all of them when left out. */
  only?: readonly string[];
}

/** Throws ManifestError only when the manifest itself cannot be read; everything else is diagnostics. */
export async function buildCatalogFromManifest(
  manifestPath: string,
  options: BuildOptions = {},
): Promise<BuildOutcome> {
  // Diagnostics name files relative to the content folder (the manifest's folder), so a catalog does
  // not depend on where it was built.
  const displayPath = basename(manifestPath);
  const manifest = await loadManifest(manifestPath, displayPath);
  const diagnostics: Diagnostic[] = [...manifest.diagnostics];
  const reads: ReleaseRead[] = [];
  const failedReleases: string[] = [];
  const { only } = options;
  const jobs = [
    ...manifest.releases.map((entry) => fileJob(manifest, entry)),
    ...manifest.git.flatMap((group) => gitJobs(manifest, group)),
  ].filter((job) => only === undefined || only.includes(job.id));
  const seen = new Set<string>();
  const readsByFiles = new Map<string, CachedRead>();
  for (const job of jobs) {
    const own: Diagnostic[] = [];
    const sink = createDiagnosticSink(own);
    if (seen.has(job.id)) {
      sink.report(
        loadRules["manifest/duplicate-release"],
        `release id "${job.id}" is used twice; the second release is left out`,
        job.place,
      );
      diagnostics.push(...own);
      continue;
    }
    seen.add(job.id);
    const loaded = await job.load(sink);
    if (loaded) {
      const read = readOnce(readsByFiles, loaded.sources, loaded.library, sink, own);
      reads.push(describeRelease(loaded.manifest, read, sink, job.place));
    } else failedReleases.push(job.id);
    diagnostics.push(...own.map((d) => ({ ...d, release: job.id })));
  }
  const catalog = assembleCatalog(reads, diagnostics);
  return { catalog, diagnostics: catalog.diagnostics, failedReleases };
}
