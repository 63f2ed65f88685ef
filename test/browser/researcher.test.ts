// The site as a researcher with a log open uses it, at 1366×900 and 390×844: every page type fits
// the screen, an event page shows its field table in the first screen, no page shows leftover
// markup, search ranks the event whose fields match and survives typos, compare counts match their
// lists. Screenshots of every page type at both widths go to test-output/screenshots/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { scanLeftovers } from "../site/support/leftover-markup.ts";
import { axeViolations } from "./axe-check.ts";
import { useSiteSession } from "./browser-session.ts";
import { SCREENSHOTS } from "./site-under-test.ts";

const session = useSiteSession();

const WIDTHS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** One page of each type, chosen from the catalog so the suite runs on any content. */
function pageTypes(): { name: string; path: string }[] {
  const { catalog } = session.site;
  const withFields = catalog.events.find((e) => e.id === "problem_check") ?? catalog.events[0];
  const longest = [...catalog.events].sort((a, b) => b.name.length - a.name.length)[0];
  const releases = catalog.releases;
  const first = releases[0]?.id ?? "";
  const second = releases[1]?.id ?? first;
  const lastEvent = withFields?.snapshots[0]?.release ?? first;
  const source =
    catalog.releases.flatMap((r) => r.sources).find((s) => s.format === "rst-collapsed") ??
    catalog.releases[0]?.sources[0];
  return [
    { name: "home", path: "/" },
    { name: "events-index", path: "/events/" },
    { name: "event", path: `/events/${withFields?.id ?? ""}/` },
    { name: "event-long-name", path: `/events/${longest?.id ?? ""}/` },
    { name: "release", path: `/releases/${releases.at(-1)?.id ?? first}/` },
    { name: "releases", path: "/releases/" },
    { name: "snapshot", path: `/releases/${lastEvent}/events/${withFields?.id ?? ""}/` },
    { name: "compare-page", path: `/compare/${first}...${second}/` },
    { name: "compare-index", path: "/compare/" },
    { name: "changelog", path: "/changelog/" },
    { name: "coverage", path: "/coverage/" },
    { name: "common-fields", path: "/common-fields/" },
    { name: "source", path: `/sources/${(source?.path ?? "").replace(/^sources\//, "")}/` },
    { name: "check", path: "/check/" },
    { name: "schemas", path: "/schemas/" },
  ];
}

async function open(
  path: string,
  viewport: { width: number; height: number },
  theme: "light" | "dark" = "light",
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await session.site.browser.newContext({ viewport, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${session.site.server.url}${path}`);
  return { page, close: () => context.close() };
}

/** How far the page itself scrolls sideways (0 when it fits). */
const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("every page type fits the screen", () => {
  for (const size of WIDTHS) {
    it(`has no horizontal scrolling of the page at ${size.width} px`, async () => {
      const wide: string[] = [];
      for (const type of pageTypes()) {
        const { page, close } = await open(type.path, size);
        const extra = await overflow(page);
        if (extra > 0) wide.push(`${type.path}: ${extra}px too wide`);
        await page.screenshot({ path: join(SCREENSHOTS, `page-${type.name}-${size.width}.png`) });
        await close();
      }
      expect(wide).toEqual([]);
    });
  }

  it("passes axe in light and dark on the reworked pages", async () => {
    const violations: string[] = [];
    for (const theme of ["light", "dark"] as const) {
      for (const type of pageTypes().filter((t) =>
        ["events-index", "event", "compare-page", "source"].includes(t.name),
      )) {
        const { page, close } = await open(type.path, { width: 1366, height: 900 }, theme);
        await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
        for (const v of await axeViolations(page, session.axeSource)) violations.push(`${theme} ${type.path}: ${v}`);
        await close();
      }
    }
    expect(violations).toEqual([]);
  });
});

describe("events index", () => {
  it("shows name, summary, sources and releases without scrolling sideways at 1366 px", async () => {
    const { page, close } = await open("/events/", { width: 1366, height: 900 });
    const box = await page.locator(".events-table").boundingBox();
    const wrap = await page.locator(".events-index .table-wrap").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(wrap).toBeLessThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    const headers = await page.locator(".events-table thead th").allTextContents();
    expect(headers.join(" ")).toMatch(/Name.*Sources.*Releases.*Status/);
    await close();
  });

  it("keeps filters and sort in the URL and restores them", async () => {
    const { page, close } = await open("/events/", { width: 1366, height: 900 });
    const option = await page.locator('select[name="category"] option').nth(1).getAttribute("value");
    await page.selectOption('select[name="category"]', option ?? "");
    await page.click('th[data-sort="first"] button');
    expect(new URL(page.url()).searchParams.get("category")).toBe(option);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("first");
    const shown = await page.locator("tbody tr[data-event]:not([hidden])").count();
    const again = await page.context().newPage();
    await again.goto(page.url());
    expect(await again.locator('select[name="category"]').inputValue()).toBe(option);
    expect(await again.locator("tbody tr[data-event]:not([hidden])").count()).toBe(shown);
    expect(await again.locator('th[data-sort="first"]').getAttribute("aria-sort")).toBe("ascending");
    await close();
  });
});

describe("event page", () => {
  it("shows the field table of the current view within the first screen on a desktop", async () => {
    const event =
      session.site.catalog.events.find((e) => e.current.eventFields.length > 0 && e.id === "problem_check") ??
      session.site.catalog.events.find((e) => e.current.eventFields.length > 0);
    const { page, close } = await open(`/events/${event?.id ?? ""}/`, { width: 1366, height: 900 });
    const table = page.locator("table.current-fields").first();
    const box = await table.boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(900);
    const names = await page.locator("table.current-fields tr[data-field] th code").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    const facts = await page.locator(".event-facts").textContent();
    expect(facts).toMatch(/Sources/);
    expect(facts).toMatch(/Documented/);
    await close();
  });
});

describe("clean text", () => {
  it("leaves no RST or Markdown syntax in any built page", async () => {
    const found = await scanLeftovers(session.site.root);
    expect(found.slice(0, 20)).toEqual([]);
  });
});

async function search(page: Page, query: string): Promise<string[]> {
  await page.click("site-search button[data-open-modal]");
  const input = page.locator("#starlight__search input");
  await input.waitFor();
  await input.fill(query);
  const links = page.locator(".pagefind-ui__result-link");
  await links.first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  const paths = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(paths)];
}

describe("search", () => {
  it("ranks the events whose fields include the query above events that only mention it", async () => {
    const { page, close } = await open("/", { width: 1366, height: 900 });
    await search(page, "attempts");
    for (let i = 0; i < 8; i++) {
      const more = page.locator(".pagefind-ui__button");
      if ((await more.count()) === 0) break;
      await more.first().click();
      await page.waitForTimeout(500);
    }
    const results = [
      ...new Set(
        await page
          .locator(".pagefind-ui__result-title .pagefind-ui__result-link")
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      ),
    ];
    // Pagefind matches word stems: a field `attempt_code` includes the query as much as `attempts`,
    // and an event named for it (reset-student-attempts) is no mere mention either.
    const names = (
      fields: readonly { name: string; fields: readonly { name: string; fields: never[] }[] }[],
    ): string[] => fields.flatMap((f) => [f.name, ...names(f.fields as never)]);
    const withField = new Set(
      session.site.catalog.events
        .filter(
          (e) =>
            /attempt/i.test(e.name) ||
            names([...e.current.eventFields, ...e.current.contextFields] as never).some((n) => /attempt/i.test(n)),
        )
        .map((e) => `/events/${e.id}/`),
    );
    const flags = results.filter((p) => p.startsWith("/events/")).map((p) => withField.has(p));
    expect(flags.length).toBeGreaterThan(withField.size);
    const firstWithout = flags.indexOf(false);
    expect(flags.slice(firstWithout).includes(true), results.join(" ")).toBe(false);
    await session.shot(page, "search-attempts");
    await close();
  });

  for (const [typed, wanted] of [
    ["problm_check", "problem_check"],
    ["show_answer", "showanswer"],
  ] as const) {
    it(`leads from ${typed} to ${wanted}`, async () => {
      if (!session.site.catalog.events.some((e) => e.id === wanted)) return;
      const { page, close } = await open("/", { width: 390, height: 844 });
      await page.click("site-search button[data-open-modal]");
      await page.locator("#starlight__search input").fill(typed);
      const suggestion = page.locator(`.did-you-mean a[href$="/events/${wanted}/"]`);
      await suggestion.waitFor({ timeout: 15_000 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await session.shot(page, `search-did-you-mean-${typed}`);
      await suggestion.click();
      await page.waitForURL((url) => url.pathname === `/events/${wanted}/`);
      await close();
    });
  }
});

describe("compare", () => {
  it("computes any pair in the browser with counts equal to the lists under them", async () => {
    const ids = session.site.catalog.releases.map((r) => r.id);
    const from = ids[2] ?? ids[0] ?? "";
    const to = ids.at(-3) ?? ids.at(-1) ?? "";
    const { page, close } = await open(`/compare/?from=${from}&to=${to}`, { width: 1366, height: 900 });
    const view = page.locator(`[data-compare-output] .diff-view[data-diff="${from}...${to}"]`);
    await view.waitFor({ timeout: 60_000 });
    const counts = await view
      .locator(".diff-counts li")
      .evaluateAll((lis) =>
        Object.fromEntries(
          lis.map((li) => [
            li.textContent?.replace(/^\s*\d+\s*/, "").trim() ?? "",
            Number(li.querySelector("strong")?.textContent),
          ]),
        ),
      );
    for (const [key, label] of [
      ["added", "added"],
      ["removed", "removed"],
      ["renamed", "renamed"],
      ["changed", "changed"],
      ["not-covered", "not covered"],
    ] as const) {
      const listed = await view.locator(`section[data-group="${key}"] li[data-event]`).count();
      expect(counts[label], label).toBe(listed);
    }
    await session.shot(page, "compare-any-pair");
    await close();
  });
});
