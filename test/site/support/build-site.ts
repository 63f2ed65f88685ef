// Builds the site with `astro build` into a given folder, from a catalog JSON or a manifest.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const SAMPLE_CATALOG = join(REPO_ROOT, "test/site/fixtures/sample-catalog.json");

export interface SiteBuildOptions {
  outDir: string;
  cacheDir: string;
  catalogJson?: string;
  manifest?: string;
}

export function buildSite(options: SiteBuildOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EDX_SITE_OUT_DIR: options.outDir,
    EDX_SITE_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: "1",
    // Under vitest NODE_ENV is "test", which would make Astro build with dev-only code paths.
    NODE_ENV: "production",
  };
  // vitest also copies its import.meta.env (DEV, MODE, …) into process.env, which Astro would take
  // for its own and render the dev-only search placeholder.
  for (const key of ["DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  delete env["EDX_CATALOG_JSON"];
  delete env["EDX_CATALOG_MANIFEST"];
  if (options.catalogJson) env["EDX_CATALOG_JSON"] = options.catalogJson;
  if (options.manifest) env["EDX_CATALOG_MANIFEST"] = options.manifest;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, "node_modules/astro/astro.js"), "build"], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
