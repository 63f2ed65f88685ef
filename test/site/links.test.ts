// Every internal link and anchor of the built site leads somewhere.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { fileForPath, idsOf, linksOf, listFiles, readText, resolveHref, urlPathOf } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("built site links", () => {
  it("has no broken internal link or anchor on any HTML page", async () => {
    const pages = await listFiles(root, ".html");
    expect(pages.length).toBeGreaterThan(15);
    const idCache = new Map<string, Set<string>>();
    const ids = async (file: string): Promise<Set<string>> => {
      let found = idCache.get(file);
      if (!found) {
        found = idsOf(await readText(file));
        idCache.set(file, found);
      }
      return found;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const pagePath = urlPathOf(root, page);
      for (const href of linksOf(await readText(page))) {
        const target = resolveHref(pagePath, href);
        if (!target) continue;
        checked++;
        const file = fileForPath(root, target.path).find((f) => existsSync(f) && !f.endsWith("/"));
        if (!file || !(file.endsWith(".html") || !existsSync(`${file}/index.html`))) {
          broken.push(`${pagePath} → ${href} (no file)`);
          continue;
        }
        if (target.hash && file.endsWith(".html") && !(await ids(file)).has(target.hash)) {
          broken.push(`${pagePath} → ${href} (no #${target.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it("links every field of an event page to its source line, and that line exists", async () => {
    const html = await readText(`${root}/events/play_video/index.html`);
    // The current view takes the fields from the sample's full release (2023-openedx is cut off).
    expect(html).toMatch(/href="\/sources\/2014-05-sample.rst\/#L32" title="sources\/2014-05-sample.rst">line 32</);
    const source = await readText(`${root}/sources/2014-05-sample.rst/index.html`);
    expect(idsOf(source).has("L32")).toBe(true);
    expect(source).toMatch(/id="L32"[^\n]*currentTime/);
  });
});
