// Alias names lead to the canonical event, and the canonical page carries them for search.
import { beforeAll, describe, expect, it } from "vitest";
import { getSiteDir } from "./support/site-dir.ts";
import { readText } from "./support/site-files.ts";

let root = "";
beforeAll(async () => {
  root = await getSiteDir();
}, 180_000);

describe("alias pages", () => {
  it.each([
    ["save_problem_check", "problem_check"],
    ["edx.video.played", "play_video"],
  ])("/events/%s/ leads to /events/%s/", async (alias, canonical) => {
    const html = await readText(`${root}/events/${alias}/index.html`);
    const target = `/events/${canonical}/`;
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${target}">`);
    expect(html).toMatch(new RegExp(`<a href="${target}"[^>]*>${canonical}</a>`));
    expect(html).not.toContain("data-pagefind-body");
  });

  it("puts the alias name inside the searchable body of the canonical page", async () => {
    const html = await readText(`${root}/events/problem_check/index.html`);
    const body = html.slice(html.indexOf("data-pagefind-body"));
    expect(html).toContain("data-pagefind-body");
    expect(body).toContain("<code data-alias>save_problem_check</code>");
  });

  it("marks category, source and release as search filters", async () => {
    const html = await readText(`${root}/events/play_video/index.html`);
    expect(html).toContain('data-pagefind-filter="category">Video Interaction Events<');
    expect(html).toContain('data-pagefind-filter="source">mobile<');
    expect(html).toMatch(/data-pagefind-filter="release"[^>]*>2023-openedx</);
  });
});
