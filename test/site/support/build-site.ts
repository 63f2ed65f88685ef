// Builds the site with `astro build` into a given folder, from a catalog JSON or a manifest. Every
// build runs isolated (see isolated-build.ts), so builds started by different test files at the same
// time cannot remove each other's prerender chunks.
import { buildSiteIsolated } from "./isolated-build.ts";

export { REPO_ROOT, SAMPLE_CATALOG } from "./repo-paths.ts";

export interface SiteBuildOptions {
  outDir: string;
  cacheDir: string;
  catalogJson?: string;
  manifest?: string;
}

export async function buildSite(options: SiteBuildOptions): Promise<void> {
  await buildSiteIsolated(options);
}
