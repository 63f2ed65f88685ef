// The weight of one page of each type in a built site: its HTML (raw and gzip) and the JavaScript
// it loads before search is opened, measured the way the site budget test measures it
// (test/site/support/page-scripts.ts follows the module graph and leaves dynamic imports out).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pageScripts } from "../test/site/support/page-scripts.ts";

export interface PageWeight {
  type: string;
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scriptFiles: number;
  scriptGzipBytes: number;
}

interface CatalogOutline {
  events: { id: string }[];
  releases: { id: string }[];
}

/** One URL path per page type, chosen from the built catalog (problem_check when it exists). */
export function pageTypes(catalog: CatalogOutline): [string, string][] {
  const event = catalog.events.find((e) => e.id === "problem_check") ?? catalog.events[0];
  const release = catalog.releases.at(-1);
  return [
    ["home", "/"],
    ["events index", "/events/"],
    ["event page", event ? `/events/${event.id}/` : ""],
    ["release page", release ? `/releases/${release.id}/` : ""],
    ["common fields", "/common-fields/"],
    ["404", "/404.html"],
  ];
}

function fileOf(root: string, urlPath: string): string {
  return urlPath.endsWith("/") ? join(root, urlPath, "index.html") : join(root, urlPath);
}

export async function measurePages(root: string): Promise<PageWeight[]> {
  const catalog = JSON.parse(await readFile(join(root, "catalog.json"), "utf8")) as CatalogOutline;
  const weights: PageWeight[] = [];
  for (const [type, path] of pageTypes(catalog)) {
    const file = fileOf(root, path);
    if (path === "" || !existsSync(file)) continue;
    const html = await readFile(file);
    const scripts = await pageScripts(root, html.toString("utf8"));
    weights.push({
      type,
      path,
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html, { level: 9 }).length,
      scriptFiles: scripts.files.length,
      scriptGzipBytes: scripts.gzipBytes,
    });
  }
  return weights;
}
