// An event page stays light: its HTML and the JavaScript it loads before search is opened.
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { pageScripts } from "./support/page-scripts.ts";
import { listFiles, readText } from "./support/site-files.ts";

const HTML_LIMIT = 100 * 1024;
const JS_GZIP_LIMIT = 30 * 1024;

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("event page budgets", () => {
  it("keeps every event page's HTML under 100 KB", async () => {
    const pages = (await listFiles(`${root}/events`, "index.html")).filter((f) => !f.endsWith("/events/index.html"));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      const size = Buffer.byteLength(await readText(page));
      expect(size, page).toBeLessThan(HTML_LIMIT);
    }
  });

  it("loads under 30 KB of gzipped JavaScript before search is opened", async () => {
    const html = await readText(`${root}/events/problem_check/index.html`);
    const scripts = await pageScripts(root, html);
    expect(scripts.files.length).toBeGreaterThan(0);
    expect(scripts.gzipBytes).toBeLessThan(JS_GZIP_LIMIT);
  });

  it("loads the search UI only on demand", async () => {
    const html = await readText(`${root}/events/problem_check/index.html`);
    const scripts = await pageScripts(root, html);
    const all = await listFiles(`${root}/_astro`, ".js");
    const searchUi = all.filter((f) => /ui-core/.test(f));
    expect(searchUi.length).toBe(1);
    expect(html).toContain('id="starlight__search"');
    expect(scripts.files.some((f) => /ui-core/.test(f))).toBe(false);
  });
});
