// Small content folders written to a temp directory (removed when the test finishes): a manifest with
// one known-good release (the real 2013 wiki page) beside the release under test, so every hostile
// case can also check that the good release still builds.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { onTestFinished } from "vitest";
import { buildCatalogFromManifest, type BuildOutcome } from "../../../src/pipeline/build-from-manifest.ts";

const REPO = join(import.meta.dirname, "../../..");
export const FIXTURES = join(import.meta.dirname, "../fixtures");

export interface ManifestEntry {
  id: string;
  label: string;
  date: string;
  datePrecision: string;
  sources: { path: string; format?: string }[];
  [extra: string]: unknown;
}

export function releaseEntry(id: string, path: string, format?: string): ManifestEntry {
  return {
    id,
    label: `release ${id}`,
    date: "2014-05-07",
    datePrecision: "day",
    sources: [format ? { path, format } : { path }],
  };
}

/** The real 2013 wiki page: a small source every build of these tests should still turn into events. */
const GOOD_PATH = "sources/good-2013-wiki.txt";
export const GOOD_RELEASE = { ...releaseEntry("good", GOOD_PATH, "wiki-text"), date: "2013-01-15" };

export interface ContentFolder {
  root: string;
  manifestPath: string;
  manifestText: string;
}

/** Writes the files (paths relative to the folder) and a manifest listing the good release and `releases`. */
export async function writeContent(
  files: Readonly<Record<string, string | Uint8Array>>,
  releases: readonly unknown[],
): Promise<ContentFolder> {
  // The content folder sits one level down in its own temp folder, so a path that climbs out ("../x")
  // still lands in a folder of this test.
  const parent = await mkdtemp(join(tmpdir(), "eec-hostile-"));
  onTestFinished(() => rm(parent, { recursive: true, force: true }));
  const root = join(parent, "content");
  await mkdir(root);
  const good = await readFile(join(REPO, "content/sources/2013-wiki-tracking-logs.txt"));
  const all: Record<string, string | Uint8Array> = { [GOOD_PATH]: good, ...files };
  for (const [path, content] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  const manifestText = `${JSON.stringify({ releases: [GOOD_RELEASE, ...releases] }, null, 2)}\n`;
  const manifestPath = join(root, "releases.json");
  await writeFile(manifestPath, manifestText);
  return { root, manifestPath, manifestText };
}

export async function buildContent(
  files: Readonly<Record<string, string | Uint8Array>>,
  releases: readonly unknown[],
): Promise<BuildOutcome & ContentFolder> {
  const folder = await writeContent(files, releases);
  return { ...folder, ...(await buildCatalogFromManifest(folder.manifestPath)) };
}

/** 1-based line of the first line of `text` (from line `from` on) that contains `needle`, or 0. */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) if (lines[i]?.includes(needle)) return i + 1;
  return 0;
}

/** 1-based line of the first line of `text` (from line `from` on) that is exactly `line`, or 0. */
export function lineEqualTo(text: string, line: string, from = 1): number {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) if (lines[i] === line) return i + 1;
  return 0;
}
