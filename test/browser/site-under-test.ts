// The site the browser suite drives: EDX_BROWSER_SITE_DIR if set, else an existing dist/, else
// dist/ built from the default content. Served on a free loopback port; chromium launched headless.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { readCatalogText } from "../../src/publish/read-catalog.ts";
import { buildSite, REPO_ROOT } from "../site/support/build-site.ts";
import { serveDirectory, type StaticServer } from "./static-server.ts";

const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(REPO_ROOT, "test-output/screenshots");

export interface SiteUnderTest {
  /** The folder of the built site. */
  root: string;
  server: StaticServer;
  browser: Browser;
  catalog: Catalog;
  close(): Promise<void>;
}

async function siteDir(): Promise<string> {
  const given = process.env["EDX_BROWSER_SITE_DIR"];
  if (given) return given;
  const dist = join(REPO_ROOT, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    await buildSite({ outDir: dist, cacheDir: join(REPO_ROOT, "node_modules/.astro") });
  }
  return dist;
}

export async function openSite(): Promise<SiteUnderTest> {
  const root = await siteDir();
  const read = readCatalogText(await readFile(join(root, "catalog.json"), "utf8"), "catalog.json");
  if (!read.catalog) throw new Error(read.errors.join("\n"));
  const catalog: Catalog = read.catalog;
  const server = await serveDirectory(root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    root,
    server,
    browser,
    catalog,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
