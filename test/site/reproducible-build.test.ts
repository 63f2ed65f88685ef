// The same content gives the same site: two builds of the sample catalog, each from its own copy of
// the content in its own folder (own outDir and cacheDir, run at the same time), give byte-identical
// files, and nothing in them names the folder a build ran in.
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, SAMPLE_CATALOG } from "./support/build-site.ts";
import { buildSiteIsolated } from "./support/isolated-build.ts";
import { compareTrees, listTree, type TreeDifference } from "./support/tree-compare.ts";

interface Build {
  base: string;
  outDir: string;
}

const FIXTURES = dirname(SAMPLE_CATALOG);
const builds: Build[] = [];
let difference: TreeDifference;

async function buildCopy(name: string): Promise<Build> {
  const base = await mkdtemp(join(tmpdir(), `edx-repro-${name}-`));
  const content = join(base, "content");
  await cp(FIXTURES, content, { recursive: true });
  const outDir = join(base, "dist");
  await buildSiteIsolated({ outDir, cacheDir: join(base, "cache"), catalogJson: join(content, "sample-catalog.json") });
  return { base, outDir };
}

beforeAll(async () => {
  builds.push(...(await Promise.all([buildCopy("a"), buildCopy("second-build")])));
  const [first, second] = builds;
  if (!first || !second) throw new Error("both builds should have run");
  difference = await compareTrees(first.outDir, second.outDir);
}, 300_000);

afterAll(async () => {
  await Promise.all(builds.map((b) => rm(b.base, { recursive: true, force: true })));
});

function outDirs(): [string, string] {
  return [builds[0]?.outDir ?? "", builds[1]?.outDir ?? ""];
}

describe("reproducible site build", () => {
  it("writes the same files", async () => {
    const [first] = outDirs();
    expect((await listTree(first)).filter((p) => p.endsWith(".html")).length).toBeGreaterThanOrEqual(10);
    expect(difference.onlyInFirst).toEqual([]);
    expect(difference.onlyInSecond).toEqual([]);
  });

  it("writes a byte-identical catalog.json, equal to the catalog it was given", async () => {
    const [first, second] = outDirs();
    const a = await readFile(join(first, "catalog.json"));
    const b = await readFile(join(second, "catalog.json"));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(await readFile(SAMPLE_CATALOG))).toBe(true);
  });

  it("writes identical HTML for every page", () => {
    expect(difference.differing.filter((d) => d.path.endsWith(".html"))).toEqual([]);
  });

  it("writes identical scripts, styles, data files and search index", () => {
    expect(difference.differing.filter((d) => !d.path.endsWith(".html"))).toEqual([]);
  });

  it("names neither its build folder nor the project folder in its output", async () => {
    const [first] = outDirs();
    const base = builds[0]?.base ?? "";
    expect(base).not.toBe("");
    const leaks: string[] = [];
    for (const path of await listTree(first)) {
      if (!/\.(html|js|css|json|svg|txt)$/.test(path)) continue;
      const text = await readFile(join(first, path), "utf8");
      if ([base, tmpdir(), REPO_ROOT].some((folder) => text.includes(folder))) leaks.push(path);
    }
    expect(leaks).toEqual([]);
  });
});
