// Builds the site from the sample catalog once for the whole site test run.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, SAMPLE_CATALOG } from "./support/build-site.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = await mkdtemp(join(tmpdir(), "edx-site-"));
  const outDir = join(base, "dist");
  await buildSite({ outDir, cacheDir: join(base, "cache"), catalogJson: SAMPLE_CATALOG });
  project.provide("siteDir", outDir);
  return () => rm(base, { recursive: true, force: true });
}
