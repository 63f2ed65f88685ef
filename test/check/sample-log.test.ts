import { beforeAll, describe, expect, test } from "vitest";
import { createLogChecker } from "../../src/check/log-checker.ts";
import type { CheckReport } from "../../src/check/report-schema.ts";
import { exampleLines, fieldTableLines } from "../../src/check/sample-log.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { defaultCatalog } from "./default-catalog.ts";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await defaultCatalog();
}, 60_000);

function checkLines(lines: readonly string[], release: string): CheckReport {
  const checker = createLogChecker(catalog, { release });
  lines.forEach((line, i) => checker.addLine(line, i + 1, "generated.jsonl"));
  return checker.report();
}

describe("a log generated from the catalog", () => {
  test("checks clean against the release it comes from, for every release, and that release matches best", () => {
    for (const release of catalog.releases) {
      const lines = fieldTableLines(catalog, release.id);
      const report = checkLines(lines, release.id);
      expect(report.totals.events, release.id).toBe(lines.length);
      expect(
        report.findings.filter((f) => f.severity !== "info"),
        release.id,
      ).toEqual([]);
      expect(
        report.events.every((e) => e.status === "documented"),
        release.id,
      ).toBe(true);
      expect(report.consistency[0]?.score, release.id).toBe(1);
      expect(
        report.consistency.filter((c) => c.score === 1).map((c) => c.release),
        release.id,
      ).toContain(release.id);
    }
  });

  test("against a much older release, the later additions are reported as added in the release that added them", () => {
    const report = checkLines(fieldTableLines(catalog, "2016-04-26"), "2013-inventory");
    const added = report.events.filter((e) => e.status === "added-later");
    expect(added.length).toBeGreaterThan(100);
    const order = catalog.releases.map((r) => r.id);
    for (const event of added) {
      expect(event.note).toBe(`added in ${event.firstRelease}`);
      expect(order.indexOf(event.firstRelease ?? "")).toBeGreaterThan(order.indexOf("2013-inventory"));
    }
    expect(added.map((e) => e.note)).toContain("added in 2016-04-26");
    expect(report.findings.find((f) => f.rule === "check/added-later")?.message).toMatch(
      /is not in 2013-inventory: added in 20/,
    );
    expect(report.consistency[0]?.release).toBe("2016-04-26");
  });

  test("the docs' own examples of 2014-05 check clean there", () => {
    const lines = exampleLines(catalog, "2014-05");
    expect(lines.length).toBeGreaterThan(0);
    const report = checkLines(lines, "2014-05");
    expect(report.findings).toEqual([]);
  });

  test("the 2016 examples carry members their field tables do not document (a finding about the docs)", () => {
    const report = checkLines(exampleLines(catalog, "2016-04-26"), "2016-04-26");
    // The examples write `referrer`; the common-field table documents `referer`.
    expect(report.findings.map((f) => f.path)).toContain("referrer");
    expect(report.events.every((e) => e.status === "documented")).toBe(true);
  });
});
