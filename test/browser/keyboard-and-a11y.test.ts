// The site without a mouse: the events index filters and sorting, and search, driven by Tab, typing,
// arrow keys, Enter and Space only; and axe-core on the page types the main browser suite does not
// check (common fields, a release snapshot, a source text, an alias page, the 404 page).
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CatalogEvent } from "../../src/model/event-schema.ts";
import { axeViolations } from "./axe-check.ts";
import { pickAliased, pickWithFields } from "./catalog-picks.ts";
import { arrowToOption, focused, tabTo } from "./keyboard.ts";
import { useSiteSession } from "./browser-session.ts";

const session = useSiteSession();
const { newPage, shot } = session;

const VISIBLE_ROWS = "tbody tr[data-event]:not([hidden])";

function visibleIds(page: Page): Promise<string[]> {
  return page.locator(VISIBLE_ROWS).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["event"] ?? ""));
}

function idsWhere(predicate: (event: CatalogEvent) => boolean): string[] {
  return session.site.catalog.events
    .filter(predicate)
    .map((e) => e.id)
    .sort();
}

describe("events index with the keyboard only", () => {
  it("filters by text, category, source and release, and sorts with Enter and Space", async () => {
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/events/`);
    const event = pickWithFields(session.site.catalog);

    await tabTo(page, 'input[name="q"]');
    await page.keyboard.type(event.name);
    const byText = await visibleIds(page);
    expect(byText).toContain(event.id);
    expect(byText.length).toBeLessThan(session.site.catalog.events.length);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    expect((await visibleIds(page)).length).toBe(session.site.catalog.events.length);

    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^select\[name=category\]/);
    // Categories have one name across releases: the option is the event row's own category key.
    const categoryKey = (await page.locator(`tbody tr[data-event="${event.id}"]`).getAttribute("data-category")) ?? "";
    const sameCategory = await page
      .locator(`tbody tr[data-category="${categoryKey}"]`)
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["event"] ?? "").sort());
    await arrowToOption(page, 'select[name="category"]', categoryKey);
    expect((await visibleIds(page)).sort()).toEqual(sameCategory);
    expect(sameCategory).toContain(event.id);
    await shot(page, "keyboard-events-category");
    await page.keyboard.press("Home");
    expect(await page.locator('select[name="category"]').inputValue()).toBe("");

    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^select\[name=source\]/);
    const source = event.snapshots.flatMap((s) => s.sources).sort()[0];
    if (!source) throw new Error(`${event.id} names no source`);
    await arrowToOption(page, 'select[name="source"]', source);
    expect((await visibleIds(page)).sort()).toEqual(
      idsWhere((e) => e.snapshots.some((s) => s.sources.includes(source))),
    );
    await page.keyboard.press("Home");

    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^select\[name=release\]/);
    const release = event.snapshots[0]?.release ?? "";
    await arrowToOption(page, 'select[name="release"]', release.toLowerCase());
    const inRelease = idsWhere((e) => e.snapshots.some((s) => s.release === release));
    expect((await visibleIds(page)).sort()).toEqual(inRelease);
    expect(await page.locator("[data-filter-status]").textContent()).toBe(
      `${inRelease.length} of ${session.site.catalog.events.length} events shown`,
    );
    await shot(page, "keyboard-events-release");
    await page.keyboard.press("Home");

    const nameHeader = page.locator('th[data-sort="name"]');
    const sortNames = (): Promise<string[]> =>
      page
        .locator("tbody tr[data-event]")
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["sortname"] ?? ""));
    await tabTo(page, 'th[data-sort="name"] button');
    await page.keyboard.press("Enter");
    expect(await nameHeader.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await sortNames();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    await page.keyboard.press("Space");
    expect(await nameHeader.getAttribute("aria-sort")).toBe("descending");
    const descending = await sortNames();
    expect(descending).toEqual([...ascending].reverse());

    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^button Sources/);
    await page.keyboard.press("Enter");
    expect(await page.locator('th[data-sort="sources"]').getAttribute("aria-sort")).toBe("ascending");
    expect(await nameHeader.getAttribute("aria-sort")).toBeNull();
    const sources = await page
      .locator("tbody tr[data-event]")
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["sortsources"] ?? ""));
    expect(sources).toEqual([...sources].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    await context.close();
  });
});

async function typeAndOpenResult(page: Page, event: CatalogEvent): Promise<void> {
  const searchInput = "#starlight__search input.pagefind-ui__search-input";
  await page.locator(searchInput).waitFor();
  await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, searchInput);
  await page.keyboard.type(event.name);
  const target = `/events/${event.id}/`;
  await page.locator(`.pagefind-ui__result-link[href^="${target}"]`).first().waitFor({ timeout: 15_000 });
  await tabTo(page, `.pagefind-ui__result-link[href^="${target}"]`, 60);
  await shot(page, "keyboard-search-result-focused");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === target);
  expect(await page.locator("h1").textContent()).toContain(event.name);
}

describe("search with the keyboard only", () => {
  it("opens with Ctrl+K, finds an event by its name and opens it with Tab and Enter", async () => {
    const event = pickWithFields(session.site.catalog);
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/`);
    await page.locator("site-search button[data-open-modal]:not([disabled])").waitFor();
    await page.keyboard.press("Control+k");
    expect(await page.locator("site-search dialog").evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await typeAndOpenResult(page, event);
    await context.close();
  });

  it("opens from the focused Search button with Enter, and closes with Escape", async () => {
    const { event } = pickAliased(session.site.catalog);
    const { context, page } = await newPage("dark");
    await page.goto(`${session.site.server.url}/events/`);
    await page.locator("site-search button[data-open-modal]:not([disabled])").waitFor();
    await tabTo(page, "site-search button[data-open-modal]");
    await page.keyboard.press("Enter");
    const dialog = page.locator("site-search dialog");
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.keyboard.press("Enter");
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await typeAndOpenResult(page, event);
    await context.close();
  });
});

/** The pages to check: one of each type the main suite leaves out, chosen from the catalog. */
function pagesToCheck(): [string, string][] {
  const event = pickWithFields(session.site.catalog);
  const oldest = event.snapshots[0]?.release ?? "";
  const { aliasId } = pickAliased(session.site.catalog);
  const sources = session.site.catalog.releases.flatMap((r) => r.sources).sort((a, b) => a.bytes - b.bytes);
  const source = sources[0]?.path.replace(/^sources\//, "") ?? "";
  return [
    ["common-fields", "/common-fields/"],
    ["snapshot", `/releases/${oldest}/events/${event.id}/`],
    ["source", `/sources/${source}/`],
    ["alias", `/events/${aliasId}/`],
    ["releases", "/releases/"],
    ["about", "/about/"],
    ["not-found", "/no-such-page/"],
  ];
}

/**
 * The alias page sends the reader on at once (a zero-delay refresh, which axe allows); it is checked
 * with the refresh taken out, so that axe sees the alias page rather than the event it leads to.
 */
async function holdAliasPage(context: BrowserContext, path: string): Promise<void> {
  await context.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/events\/[^"]+\/">/);
    await route.fulfill({ response, body: html.replace(/<meta http-equiv="refresh"[^>]*>/, "") });
  });
}

describe("accessibility of the other page types", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations on common fields, a snapshot, a source, an alias, the releases list, about and the 404 page (${theme})`, async () => {
      const { context, page } = await newPage(theme);
      const found: string[] = [];
      for (const [name, path] of pagesToCheck()) {
        if (name === "alias") await holdAliasPage(context, path);
        const response = await page.goto(`${session.site.server.url}${path}`);
        expect(response?.status(), path).toBe(name === "not-found" ? 404 : 200);
        expect(new URL(page.url()).pathname).toBe(path);
        found.push(...(await axeViolations(page, session.axeSource)).map((v) => `${path} (${theme}) ${v}`));
        await shot(page, `a11y-${name}-${theme}`);
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
