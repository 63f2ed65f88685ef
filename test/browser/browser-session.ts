// One browser session over the built site per test file: opens the site (building dist/ when
// needed) before the file's tests, closes it after, and gives pages, screenshots and axe's source.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { readAxeSource } from "./axe-check.ts";
import { openSite, SCREENSHOTS, type SiteUnderTest } from "./site-under-test.ts";

export interface SiteSession {
  readonly site: SiteUnderTest;
  readonly axeSource: string;
  newPage(theme?: "light" | "dark"): Promise<{ context: BrowserContext; page: Page }>;
  shot(page: Page, name: string): Promise<void>;
}

export function useSiteSession(): SiteSession {
  let site: SiteUnderTest | undefined;
  let axeSource = "";
  beforeAll(async () => {
    site = await openSite();
    axeSource = await readAxeSource();
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 900_000);
  afterAll(async () => {
    await site?.close();
  });
  const opened = (): SiteUnderTest => {
    if (!site) throw new Error("the site is not open (beforeAll failed?)");
    return site;
  };
  return {
    get site() {
      return opened();
    },
    get axeSource() {
      return axeSource;
    },
    async newPage(theme = "light") {
      const context = await opened().browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
      return { context, page: await context.newPage() };
    },
    async shot(page, name) {
      // A whole page when it is of a size Chromium can capture in time, else its first screen.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: height <= 8000 });
    },
  };
}
