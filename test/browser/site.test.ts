// The site as a person uses it: search, the events index, an event page, an alias, accessibility.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fieldPaths, newestSnapshots, pickAliased, pickWithFields } from "./catalog-picks.ts";
import { useSiteSession } from "./browser-session.ts";

const session = useSiteSession();
const { newPage, shot } = session;

async function search(page: Page, query: string): Promise<string[]> {
  await page.click("site-search button[data-open-modal]");
  const input = page.locator("#starlight__search input");
  await input.waitFor();
  await input.fill(query);
  const links = page.locator(".pagefind-ui__result-link");
  await links.first().waitFor({ timeout: 15_000 });
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe("search", () => {
  it("finds an event by a former name and opens the canonical event", async () => {
    const { event, alias } = pickAliased(session.site.catalog);
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/`);
    const results = await search(page, alias);
    const target = `/events/${event.id}/`;
    expect(results.map((p) => p.replace(/#.*$/, ""))).toContain(target);
    await shot(page, "search-results");
    await page.locator(`.pagefind-ui__result-link[href^="${target}"]`).first().click();
    await page.waitForURL((url) => url.pathname === target);
    expect(await page.locator("h1").textContent()).toContain(event.name);
    await context.close();
  });

  it("finds the events that have a field by the field's name", async () => {
    const withField = session.site.catalog.events.filter((e) =>
      newestSnapshots(e).some((s) => fieldPaths(s.eventFields).includes("currentTime")),
    );
    if (withField.length === 0) return;
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/`);
    const results = (await search(page, "currentTime")).map((p) => p.replace(/#.*$/, ""));
    expect(results.some((p) => withField.some((e) => p === `/events/${e.id}/`))).toBe(true);
    await context.close();
  });
});

describe("events index", () => {
  it("lists every event and filters them instantly", async () => {
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/events/`);
    const rows = page.locator("tbody tr[data-event]");
    expect(await rows.count()).toBe(session.site.catalog.events.length);
    const visible = page.locator("tbody tr[data-event]:not([hidden])");
    const event = pickWithFields(session.site.catalog);
    await page.fill('input[name="q"]', event.name);
    expect(await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["event"]))).toContain(
      event.id,
    );
    expect(await visible.count()).toBeLessThan(session.site.catalog.events.length + 1);
    await page.fill('input[name="q"]', "");
    const key = await page.locator(`tbody tr[data-event="${event.id}"]`).getAttribute("data-category");
    await page.selectOption('select[name="category"]', key ?? "");
    const categories = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["category"]));
    expect(categories).toContain(key);
    expect(new Set(categories)).toEqual(new Set([key]));
    await shot(page, "events-index-filtered");
    await page.selectOption('select[name="category"]', "");
    await page.click('th[data-sort="name"] button');
    await page.click('th[data-sort="name"] button');
    const names = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["sortname"] ?? ""));
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "en", { numeric: true })));
    await context.close();
  });
});

describe("event page", () => {
  it("shows the fields of the current view as the catalog has them", async () => {
    const event = pickWithFields(session.site.catalog);
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/events/${event.id}/`);
    const shown = await page.locator("table.current-fields tr[data-field]").evaluateAll((trs) =>
      trs.map((tr) => ({
        path: (tr as HTMLElement).dataset["field"],
        type: tr.querySelector('[data-cell="type"] code')?.textContent,
      })),
    );
    const types = (fields: typeof event.current.eventFields, parent = ""): { path: string; type: string }[] =>
      fields.flatMap((f) => {
        const path = parent ? `${parent}.${f.name}` : f.name;
        return [{ path, type: f.typeAlternatives ? f.typeAlternatives.join(" | ") : f.type }, ...types(f.fields, path)];
      });
    const expected = [...types(event.current.contextFields), ...types(event.current.eventFields)];
    expect(shown).toEqual(expected);
    await shot(page, `event-${event.id}`);
    await context.close();
  });

  it("leads from an alias page to the canonical event", async () => {
    const { event, aliasId } = pickAliased(session.site.catalog);
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/events/${aliasId}/`);
    await page.waitForURL((url) => url.pathname === `/events/${event.id}/`);
    expect(await page.locator("h1").textContent()).toContain(event.name);
    await context.close();
  });
});

describe("accessibility", () => {
  const pages = (): [string, string][] => {
    const event = pickWithFields(session.site.catalog);
    const release = session.site.catalog.releases.at(-1)?.id ?? "";
    return [
      ["home", "/"],
      ["events-index", "/events/"],
      [`event`, `/events/${event.id}/`],
      ["release", `/releases/${release}/`],
    ];
  };

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations on home, index, an event and a release page (${theme})`, async () => {
      const { context, page } = await newPage(theme);
      const found: string[] = [];
      for (const [name, path] of pages()) {
        await page.goto(`${session.site.server.url}${path}`);
        await page.addScriptTag({ content: session.axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
            }
          ).axe;
          const result = await axe.run(document);
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => JSON.stringify(n.target))
                .slice(0, 3)
                .join(", ")}`,
          );
        });
        found.push(...violations.map((v) => `${path} (${theme}) ${v}`));
        await shot(page, `${name}-${theme}`);
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
