// Runs `astro build` so that several builds can run at the same time without touching each other.
// When outDir lies outside the working directory, Astro writes its prerender chunks to
// `<cwd>/.astro/` (getOutDirWithinCwd in astro/dist/core/build/common.js) and deletes them at the
// end: two builds started from the project root share, and remove, each other's chunks. Each build
// here runs from its own working folder inside node_modules/.cache (so the chunks still resolve the
// project's packages) with `--root` pointing at the project, and a clean environment: no vitest
// variables, NODE_ENV=production.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { REPO_ROOT } from "./repo-paths.ts";

export interface IsolatedBuildOptions {
  outDir: string;
  cacheDir: string;
  /** Absolute path of a catalog.json to render (wins over `manifest`). */
  catalogJson?: string;
  /** Absolute path of a release manifest to build the catalog from. */
  manifest?: string;
}

export interface IsolatedBuildResult {
  milliseconds: number;
  log: string;
}

/** process.env without what a test runner adds, plus the build's own variables. */
function cleanBuildEnv(options: IsolatedBuildOptions, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const key of [
    "DEV",
    "PROD",
    "MODE",
    "SSR",
    "BASE_URL",
    "TEST",
    "EDX_CATALOG_JSON",
    "EDX_CATALOG_MANIFEST",
    "EDX_CATALOG_CONTENT_DIR",
  ]) {
    delete env[key];
  }
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  env["NODE_ENV"] = "production";
  env["ASTRO_TELEMETRY_DISABLED"] = "1";
  env["EDX_SITE_OUT_DIR"] = options.outDir;
  env["EDX_SITE_CACHE_DIR"] = options.cacheDir;
  if (options.catalogJson) env["EDX_CATALOG_JSON"] = options.catalogJson;
  else env["EDX_CATALOG_MANIFEST"] = options.manifest ?? join(REPO_ROOT, "content/releases.json");
  return env;
}

export async function buildSiteIsolated(options: IsolatedBuildOptions): Promise<IsolatedBuildResult> {
  const cacheRoot = join(REPO_ROOT, "node_modules/.cache");
  await mkdir(cacheRoot, { recursive: true });
  const cwd = await mkdtemp(join(cacheRoot, "edx-astro-build-"));
  const start = performance.now();
  try {
    const log = await new Promise<string>((resolvePromise, reject) => {
      const child = spawn(
        process.execPath,
        [join(REPO_ROOT, "node_modules/astro/astro.js"), "build", "--root", REPO_ROOT],
        {
          cwd,
          env: cleanBuildEnv(options),
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => {
        if (code === 0) resolvePromise(output);
        else reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
      });
    });
    return { milliseconds: performance.now() - start, log };
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}
