// The release-history pages as a person uses them: choosing two releases in the compare view with
// the keyboard only, and the compare, changelog, coverage and event pages checked by axe-core in
// light and dark mode.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import { diffView } from "../../site/components/history/diff-view.ts";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe-check.ts";
import { useSiteSession } from "./browser-session.ts";
import { SCREENSHOTS } from "./site-under-test.ts";

const session = useSiteSession();
const { newPage, shot } = session;

/** Presses Tab until the element matching `selector` has the focus. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

function releaseIds(): string[] {
  return session.site.catalog.releases.map((r) => r.id);
}

describe("compare view", () => {
  it("compares the newest release with the oldest, chosen with the keyboard only", async () => {
    const ids = releaseIds();
    const oldest = ids[0] ?? "";
    const newest = ids.at(-1) ?? "";
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/compare/`);
    await page.locator("form[data-compare-form]").waitFor({ state: "visible" });
    await tabTo(page, 'select[name="from"]');
    await page.keyboard.press("End");
    await tabTo(page, 'select[name="to"]');
    await page.keyboard.press("Home");
    expect(await page.locator('select[name="from"]').inputValue()).toBe(newest);
    expect(await page.locator('select[name="to"]').inputValue()).toBe(oldest);
    await tabTo(page, "form[data-compare-form] button");
    await page.keyboard.press("Enter");
    const result = page.locator(`[data-compare-output] .diff-view[data-diff="${newest}...${oldest}"]`);
    await result.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("compare-result");
    // No JSON diff is built for this pair: the page computed it with the same function as the CLI.
    expect((await fetch(`${session.site.server.url}/compare/${newest}...${oldest}.json`)).ok).toBe(false);
    const diff = diffReleases(session.site.catalog, newest, oldest);
    expect(await result.locator("li[data-event]").count()).toBe(diff.events.length);
    expect(await page.locator("[data-compare-status]").textContent()).toContain(
      `${diffView(diff).summary.differences} changes in all`,
    );
    expect(new URL(page.url()).search).toBe(`?from=${newest}&to=${oldest}`);
    await shot(page, "compare-view-result");
    await context.close();
  });

  it("says so when the same release is chosen twice", async () => {
    const newest = releaseIds().at(-1) ?? "";
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/compare/?from=${newest}&to=${newest}`);
    await expect.poll(() => page.locator("[data-compare-status]").textContent()).toBe("Choose two different releases.");
    expect(await page.locator("[data-compare-output] .diff-view").count()).toBe(0);
    await context.close();
  });
});

describe("accessibility of the release-history pages", () => {
  const pages = (): [string, string][] => {
    const ids = releaseIds();
    const withHistory =
      session.site.catalog.events.find((e) => e.id === "problem_check") ?? session.site.catalog.events[0];
    return [
      ["compare-index", `/compare/?from=${ids[0] ?? ""}&to=${ids.at(-1) ?? ""}`],
      ["compare-page", `/compare/${ids.at(-2) ?? ""}...${ids.at(-1) ?? ""}/`],
      ["changelog", "/changelog/"],
      ["coverage", "/coverage/"],
      ["event-changes", `/events/${withHistory?.id ?? ""}/`],
    ];
  };

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations on the compare, changelog, coverage and an event page (${theme})`, async () => {
      const { context, page } = await newPage(theme);
      const found: string[] = [];
      for (const [name, path] of pages()) {
        await page.goto(`${session.site.server.url}${path}`);
        if (name === "compare-index") await page.locator("[data-compare-output] .diff-view").waitFor();
        if (name === "event-changes") await page.locator("svg[data-history-chart]").waitFor();
        found.push(...(await axeViolations(page, session.axeSource)).map((v) => `${path} (${theme}) ${v}`));
        if (name === "event-changes")
          await page
            .locator("figure.history-figure")
            .screenshot({ path: join(SCREENSHOTS, `event-chart-${theme}.png`) });
        if (name === "event-changes")
          await page
            .locator("ul.history-lines")
            .screenshot({ path: join(SCREENSHOTS, `event-history-list-${theme}.png`) });
        await shot(page, `history-${name}-${theme}`);
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
