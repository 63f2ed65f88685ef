// Builds the site from the default content into a temporary folder (a clean environment, as the
// site tests build it) and reports the build time, the size of the output, the largest page, the
// JavaScript each page type loads and the size of catalog.json.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "../test/site/support/build-site.ts";
import { buildSiteIsolated } from "../test/site/support/isolated-build.ts";
import { listTree } from "../test/site/support/tree-compare.ts";
import { measurePages } from "./page-weights.ts";

interface SizedFile {
  path: string;
  bytes: number;
}

const KIB = 1024;

function kib(bytes: number): string {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}

async function sizedFiles(root: string): Promise<SizedFile[]> {
  const paths = await listTree(root);
  return Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(join(root, path))).size })));
}

function sum(files: readonly SizedFile[]): number {
  return files.reduce((n, f) => n + f.bytes, 0);
}

/** The output by kind: pages, search index, bundled assets, data files, the rest. */
function outputKinds(files: readonly SizedFile[]): [string, SizedFile[]][] {
  const kinds: [string, (path: string) => boolean][] = [
    ["HTML pages", (p) => p.endsWith(".html")],
    ["search index (pagefind/)", (p) => p.startsWith("pagefind/")],
    ["scripts and styles (_astro/)", (p) => p.startsWith("_astro/")],
    ["JSON data files", (p) => p.endsWith(".json")],
  ];
  const rest = files.filter((f) => !kinds.some(([, test]) => test(f.path)));
  return [
    ...kinds.map(([name, test]): [string, SizedFile[]] => [name, files.filter((f) => test(f.path))]),
    ["other", rest],
  ];
}

export async function describeBuiltSite(root: string): Promise<string[]> {
  const files = await sizedFiles(root);
  const lines = [`dist/ size               ${sum(files)} bytes (${kib(sum(files))}) in ${files.length} files`];
  for (const [name, group] of outputKinds(files)) {
    lines.push(`  ${name.padEnd(29)} ${String(group.length).padStart(5)} files ${kib(sum(group)).padStart(12)}`);
  }
  const pages = files
    .filter((f) => f.path.endsWith(".html"))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  const largest = pages[0];
  if (largest) {
    const gzip = gzipSync(await readFile(join(root, largest.path)), { level: 9 }).length;
    lines.push(
      `largest page             /${largest.path} ${largest.bytes} bytes (${kib(largest.bytes)}; gzip ${kib(gzip)})`,
    );
  }
  const catalog = await readFile(join(root, "catalog.json"));
  const catalogGzip = gzipSync(catalog, { level: 9 }).length;
  lines.push(
    `catalog.json             ${catalog.length} bytes raw (${kib(catalog.length)}), ${catalogGzip} bytes gzip (${kib(catalogGzip)})`,
  );
  lines.push("JavaScript a page loads before search is opened (gzip, its own files plus inline scripts):");
  lines.push(
    `  ${"page type".padEnd(14)} ${"path".padEnd(34)} ${"scripts".padStart(7)} ${"JS gzip".padStart(10)} ${"HTML".padStart(10)} ${"HTML gzip".padStart(10)}`,
  );
  for (const page of await measurePages(root)) {
    lines.push(
      `  ${page.type.padEnd(14)} ${page.path.padEnd(34)} ${String(page.scriptFiles).padStart(7)} ${kib(page.scriptGzipBytes).padStart(10)} ${kib(page.htmlBytes).padStart(10)} ${kib(page.htmlGzipBytes).padStart(10)}`,
    );
  }
  return lines;
}

export async function benchSite(): Promise<string[]> {
  const base = await mkdtemp(join(tmpdir(), "edx-bench-site-"));
  try {
    const outDir = join(base, "dist");
    const build = await buildSiteIsolated({
      outDir,
      cacheDir: join(base, "cache"),
      manifest: join(REPO_ROOT, "content/releases.json"),
    });
    const pages = /(\d+) page\(s\) built in/.exec(build.log)?.[1] ?? "?";
    return [
      `site build (astro build, cold cache, default content): ${(build.milliseconds / 1000).toFixed(1)} s for ${pages} pages`,
      ...(await describeBuiltSite(outDir)),
    ];
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
