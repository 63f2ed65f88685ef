// Clean text everywhere: no RST or Markdown syntax, no unresolved reference and no note repeated
// within a page reaches a reader. Scans the text of every built HTML page (code blocks, the source
// view, which shows the sources exactly as written, and the search dialog's scripts left out).
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { scanLeftovers } from "./support/leftover-markup.ts";
import { listFiles, readText, urlPathOf } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("leftover markup", () => {
  it("finds no RST or Markdown syntax in the text of any page", async () => {
    expect((await listFiles(root, ".html")).length).toBeGreaterThan(15);
    expect(await scanLeftovers(root)).toEqual([]);
  });

  it("shows the sample's leftover literal and reference as code and as a link to the event", async () => {
    const html = await readText(`${root}/events/play_video/index.html`);
    expect(html).toContain('<a href="/events/problem_check/"><code>save_problem_check</code></a>');
  });

  it("repeats no note within a description of an event page", async () => {
    const repeated: string[] = [];
    for (const page of await listFiles(`${root}/events`, ".html")) {
      const html = await readText(page);
      for (const block of html.matchAll(/<div class="rich-text[^"]*">([\s\S]*?)<\/div>/g)) {
        const paragraphs = [...(block[1] ?? "").matchAll(/<p>([\s\S]*?)<\/p>/g)]
          .map((m) => m[1] ?? "")
          .filter((p) => p.length > 40);
        const seen = new Set<string>();
        for (const p of paragraphs) {
          if (seen.has(p)) repeated.push(`${urlPathOf(root, page)}: ${p.slice(0, 80)}`);
          seen.add(p);
        }
      }
    }
    expect(repeated).toEqual([]);
  });
});
