// The folder of the site built from the sample catalog. The site test config builds it once in its
// globalSetup; under the project's root config the first test file to ask builds it, and the
// others of the same run wait for that build (a lock folder next to it).
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { buildSite, SAMPLE_CATALOG } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}

const BUILD_TIMEOUT_MS = 180_000;

async function buildOncePerRun(): Promise<string> {
  const base = join(tmpdir(), `edx-site-test-${process.ppid}`);
  const outDir = join(base, "dist");
  const done = join(base, "done");
  const lock = join(base, "lock");
  await mkdir(base, { recursive: true });
  try {
    await mkdir(lock);
  } catch {
    const start = Date.now();
    while (!existsSync(done)) {
      if (Date.now() - start > BUILD_TIMEOUT_MS) throw new Error("timed out waiting for the site build");
      await sleep(250);
    }
    const status = await readFile(done, "utf8");
    if (status !== "ok") throw new Error(`the site build failed: ${status}`);
    return outDir;
  }
  try {
    await buildSite({ outDir, cacheDir: join(base, "cache"), catalogJson: SAMPLE_CATALOG });
    await writeFile(done, "ok");
  } catch (error) {
    await writeFile(done, String(error));
    throw error;
  }
  return outDir;
}

export async function getSiteDir(): Promise<string> {
  const provided = inject("siteDir");
  return provided ?? buildOncePerRun();
}
