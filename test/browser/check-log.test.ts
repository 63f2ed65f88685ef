// The "Check a log" page as a person uses it: paste lines, or choose a gzip file, and read the
// report, computed in the browser by the same checker as the command (compared here with the
// report the checker gives in Node for the same lines); a finding links to its event's page; a
// binary file is an error of that file only; the page passes axe; its script loads on it alone.
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createLogChecker } from "../../src/check/log-checker.ts";
import type { CheckReport } from "../../src/check/report-schema.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { axeViolations } from "./axe-check.ts";
import { useSiteSession } from "./browser-session.ts";

const session = useSiteSession();
const { newPage, shot } = session;

/** A documented event of the newest release with a documented number member, and lines about it. */
function sampleLog(catalog: Catalog): { eventId: string; eventType: string; text: string } {
  const newest = catalog.releases.at(-1)?.id ?? "";
  for (const event of catalog.events) {
    const snapshot = event.snapshots.find((s) => s.release === newest);
    const numeric = snapshot?.eventFields.find(
      (f) => (f.type === "number" || f.type === "integer") && !f.typeAlternatives,
    );
    if (!snapshot || !numeric || !/^[a-z_.]+$/.test(event.name)) continue;
    const lines = [
      JSON.stringify({
        event_type: event.name,
        event_source: "server",
        time: "2024-01-01T00:00:00+00:00",
        event: { [numeric.name]: 3 },
      }),
      JSON.stringify({
        event_type: event.name,
        event_source: "server",
        time: "2024-01-01T00:00:01+00:00",
        event: { [numeric.name]: "3" },
      }),
      JSON.stringify({ event_type: "edx.nowhere.documented", event_source: "server", event: {} }),
      '{"event_type": "broken", ',
      JSON.stringify({
        event_type: "/courses/course-v1:edX+DemoX+Demo_Course/courseware/",
        event_source: "server",
        event: "{}",
      }),
    ];
    return { eventId: event.id, eventType: event.name, text: `${lines.join("\n")}\n` };
  }
  throw new Error("no documented event with a number member in the newest release");
}

function nodeReport(catalog: Catalog, text: string, file: string): CheckReport {
  const checker = createLogChecker(catalog);
  text.split("\n").forEach((line, i) => {
    if (i < text.split("\n").length - 1 || line !== "") checker.addLine(line, i + 1, file);
  });
  return checker.report();
}

async function check(page: Page): Promise<string> {
  await page.click("form[data-check-form] button[type=submit]");
  await expect
    .poll(() => page.locator("[data-check-status]").textContent(), { timeout: 60_000 })
    .toMatch(/^(Checked|Could not)/);
  return (await page.locator("[data-check-status]").textContent()) ?? "";
}

describe("Check a log", () => {
  it("reports pasted lines as the command's checker does, each finding linking to its event", async () => {
    const { catalog } = session.site;
    const sample = sampleLog(catalog);
    const expected = nodeReport(catalog, sample.text, "pasted");
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/check/`);
    await page.locator("form[data-check-form]").waitFor({ state: "visible" });
    await page.fill("textarea[name=log]", sample.text);
    const status = await check(page);
    expect(status).toBe(
      `Checked ${expected.totals.lines} lines against ${expected.release.id} (${expected.release.label}): ${expected.totals.eventTypes} event types, ${expected.totals.invalidLines} unreadable lines, ${expected.totals.findings} findings.`,
    );
    const rules = await page
      .locator("[data-findings] > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-rule")));
    expect(rules).toEqual(expected.findings.map((f) => f.rule));
    expect(rules).toContain("check/number-as-string");
    expect(rules).toContain("check/undocumented-event");
    expect(await page.locator("[data-invalid-lines] li").first().textContent()).toMatch(
      /^pasted:4:\d+ check\/invalid-json /,
    );
    expect(await page.locator('tr[data-status="page-view"]').count()).toBe(1);
    await shot(page, "check-log-report");
    const link = page.locator('[data-findings] > li[data-rule="check/number-as-string"] a').first();
    expect(await link.getAttribute("href")).toBe(`/events/${sample.eventId}/`);
    await link.click();
    await page.waitForURL((url) => url.pathname === `/events/${sample.eventId}/`);
    expect(await page.locator("h1").textContent()).toContain(sample.eventType);
    await context.close();
  });

  it("reads a chosen gzip file like the pasted text, and a binary file as an error of that file only", async () => {
    const { catalog } = session.site;
    const sample = sampleLog(catalog);
    const expected = nodeReport(catalog, sample.text, "log.jsonl.gz");
    const { context, page } = await newPage();
    await page.goto(`${session.site.server.url}/check/`);
    await page.locator("form[data-check-form]").waitFor({ state: "visible" });
    await page.setInputFiles("input[type=file]", [
      { name: "log.jsonl.gz", mimeType: "application/octet-stream", buffer: gzipSync(Buffer.from(sample.text)) },
      {
        name: "image.bin",
        mimeType: "application/octet-stream",
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]),
      },
    ]);
    await check(page);
    expect(await page.locator("[data-file-errors] li").allTextContents()).toEqual([
      "image.bin: binary input (NUL bytes), not a JSON-lines log",
    ]);
    const rules = await page
      .locator("[data-findings] > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-rule")));
    expect(rules.filter((r) => r !== "check/unreadable-file")).toEqual(
      expected.findings.map((f) => f.rule).filter((r) => r !== "check/unreadable-file"),
    );
    expect(await page.locator("[data-invalid-lines] li").first().textContent()).toMatch(
      /^log\.jsonl\.gz:4:\d+ check\/invalid-json /,
    );
    await context.close();
  });

  it("fits a 390 px phone screen, form and report alike (wide tables scroll in their box)", async () => {
    const { context, page } = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.site.server.url}/check/`);
    await page.locator("form[data-check-form]").waitFor({ state: "visible" });
    await page.fill("textarea[name=log]", sampleLog(session.site.catalog).text);
    await check(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await shot(page, "check-log-report-390");
    await context.close();
  });

  it("has no axe violations, in light and dark mode, with a report shown", async () => {
    for (const theme of ["light", "dark"] as const) {
      const { context, page } = await newPage(theme);
      await page.goto(`${session.site.server.url}/check/`);
      await page.locator("form[data-check-form]").waitFor({ state: "visible" });
      await page.fill("textarea[name=log]", sampleLog(session.site.catalog).text);
      await check(page);
      expect(await axeViolations(page, session.axeSource), theme).toEqual([]);
      await context.close();
    }
  });

  it("loads its script on that page only", async () => {
    const scriptsOf = async (path: string): Promise<string[]> => {
      const { context, page } = await newPage();
      const bodies: Promise<string>[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") bodies.push(r.text());
      });
      await page.goto(`${session.site.server.url}${path}`, { waitUntil: "networkidle" });
      const all = await Promise.all(bodies);
      const inline = await page.locator("script:not([src])").allTextContents();
      await context.close();
      return [...all, ...inline];
    };
    const marker = "binary input (NUL bytes)";
    expect((await scriptsOf("/check/")).some((s) => s.includes(marker))).toBe(true);
    for (const path of ["/", "/events/", "/schemas/"])
      expect(
        (await scriptsOf(path)).some((s) => s.includes(marker)),
        path,
      ).toBe(false);
  });
});
