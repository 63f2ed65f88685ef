// The release-history pages of the site built from the sample catalog: compare pages and their
// JSON, the changelog, the coverage matrix and the Changes part of event pages.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import { releaseDiffSchema } from "../../src/diff/diff-schema.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { catalogOfSlices, readReleaseSlice, type ReleaseSlice } from "../../site/components/history/release-slices.ts";
import { pagePairs } from "../../site/pages/compare/_release-pairs.ts";
import { readCatalogText } from "../../src/publish/read-catalog.ts";
import { pageScripts } from "./support/page-scripts.ts";
import { getSiteDir } from "./support/site-dir.ts";
import { REPO_ROOT } from "./support/build-site.ts";
import { listFiles, readText } from "./support/site-files.ts";

let root = "";
let catalog: Catalog;

beforeAll(async () => {
  root = await getSiteDir();
  const read = readCatalogText(await readText(join(root, "catalog.json")), "catalog.json");
  if (!read.catalog) throw new Error(read.errors.join("\n"));
  catalog = read.catalog;
}, 180_000);

/** The inner HTML of the section of a diff group, or "" when the page has no such group. */
function group(html: string, key: string): string {
  return new RegExp(`<section class="diff-group" data-group="${key}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
}

const listed = (html: string): string[] => [...html.matchAll(/<li data-event="([^"]+)"/g)].map((m) => m[1] ?? "");

/** State of every event in every release, as the coverage matrix writes it. */
function matrixStates(html: string, releases: readonly string[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [, id = "", cells = ""] of html.matchAll(/<tr data-event="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    const texts = [...cells.matchAll(/<td class="cov-[a-z]+">(not documented|not covered|documented|)/g)].map(
      (m) => m[1] ?? "",
    );
    out.set(id, new Map(releases.map((r, i) => [r, texts[i] ?? ""])));
  }
  return out;
}

describe("compare pages", () => {
  it("lists a stated rename and never lists an uncovered event as removed", async () => {
    const html = await readText(join(root, "compare/2014-05...2023-openedx/index.html"));
    const renamed = group(html, "renamed");
    expect(listed(renamed)).toEqual(["problem_check"]);
    expect(renamed).toContain("renamed <code>save_problem_check</code> → <code>problem_check</code>");
    expect(listed(group(html, "removed"))).not.toContain("seq_goto");
    expect(listed(group(html, "not-covered"))).toEqual(["seq_goto"]);
    expect(group(html, "not-covered")).toContain(
      "release 2023-openedx does not cover student events, Navigational Events",
    );
  });

  it("gives counts that are the lengths of the lists under them", async () => {
    const pages = (await listFiles(join(root, "compare"), "index.html")).filter(
      (f) => !f.endsWith("/compare/index.html"),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = await readText(page);
      const counts = new Map(
        [...html.matchAll(/<li><strong>(\d+)<\/strong> ([a-z ]+)<\/li>/g)].map((m) => [m[2] ?? "", Number(m[1])]),
      );
      for (const [key, label] of [
        ["added", "added"],
        ["removed", "removed"],
        ["renamed", "renamed"],
        ["changed", "changed"],
        ["not-covered", "not covered"],
      ]) {
        expect(counts.get(label ?? ""), `${page} ${label}`).toBe(listed(group(html, key ?? "")).length);
      }
      const counted = [...html.matchAll(/<li data-kind="[a-z-]+" data-counts="true">/g)].length;
      // Added and removed events are listed by name only: one change each.
      expect(counts.get("changes in all"), page).toBe(
        counted + listed(group(html, "added")).length + listed(group(html, "removed")).length,
      );
    }
  });

  it("shows a changed description as a word diff", async () => {
    const html = await readText(join(root, "compare/2014-05...2023-openedx/index.html"));
    expect(group(html, "changed")).toContain("<del>play.</del><ins>play; the mobile app emits edx.video.played.</ins>");
  });

  it("shows nested field changes and explains every kind of change", async () => {
    const html = await readText(join(root, "compare/2014-05...2023-openedx/index.html"));
    expect(group(html, "changed")).toMatch(
      /<li data-kind="field-values-changed" data-counts="true">field <code>event\.mode<\/code> values/,
    );
    const kinds = [...html.matchAll(/<dt><code>([a-z-]+)<\/code>/g)].map((m) => m[1]);
    expect(kinds).toContain("event-not-covered");
    expect(kinds.length).toBeGreaterThanOrEqual(20);
  });

  it("never calls an event removed or added unless the matrix shows the other release covers it", async () => {
    const ids = catalog.releases.map((r) => r.id);
    const states = matrixStates(await readText(join(root, "coverage/index.html")), ids);
    const pages = (await listFiles(join(root, "compare"), "index.html")).filter(
      (f) => !f.endsWith("/compare/index.html"),
    );
    expect(pages.length).toBe(Math.max(ids.length - 1, 0) + (ids.length > 2 ? 1 : 0));
    for (const page of pages) {
      const [from = "", to = ""] = (/compare\/([^/]+)\/index\.html$/.exec(page)?.[1] ?? "").split("...");
      const html = await readText(page);
      for (const id of listed(group(html, "removed")))
        expect(states.get(id)?.get(to), `${id} in ${to}`).toBe("not documented");
      for (const id of listed(group(html, "added")))
        expect(states.get(id)?.get(from), `${id} in ${from}`).toBe("not documented");
    }
  });

  it("publishes the diff of each compare page as JSON, the same as the CLI's diff", async () => {
    const ids = catalog.releases.map((r) => r.id);
    const pairs = pagePairs(catalog.releases);
    expect(pairs.length).toBe(Math.max(ids.length - 1, 0) + (ids.length > 2 ? 1 : 0));
    for (const { from, to } of pairs) {
      const value: unknown = JSON.parse(await readText(join(root, `compare/${from.id}...${to.id}.json`)));
      expect(releaseDiffSchema.safeParse(value).success).toBe(true);
      expect(value).toEqual(diffReleases(catalog, from.id, to.id));
    }
    const built = (await listFiles(join(root, "compare"), ".json")).filter((f) => !f.includes("/compare/data/"));
    expect(built.length).toBe(pairs.length);
  });

  it("gives the compare view a slice per release from which any ordered pair diffs as the CLI does", async () => {
    const ids = catalog.releases.map((r) => r.id);
    const slices = new Map<string, ReleaseSlice>();
    for (const id of ids)
      slices.set(id, readReleaseSlice(JSON.parse(await readText(join(root, `compare/data/${id}.json`)))));
    for (const from of ids) {
      for (const to of ids.filter((id) => id !== from)) {
        const joined = catalogOfSlices(
          [slices.get(from), slices.get(to)].filter((s): s is ReleaseSlice => s !== undefined),
        );
        expect(diffReleases(joined, from, to), `${from}...${to}`).toEqual(diffReleases(catalog, from, to));
      }
    }
  });

  it("gives the compare view the pairs as links without JavaScript, and a small script", async () => {
    const html = await readText(join(root, "compare/index.html"));
    expect(html).toContain('href="/compare/2014-05...2023-openedx/"');
    expect(html).toMatch(/<form class="compare-form" data-compare-form hidden>/);
    expect(html).toMatch(/<label> <span>From<\/span> <select name="from">/);
    const scripts = await pageScripts(root, html);
    expect(scripts.gzipBytes).toBeLessThan(30 * 1024);
  });
});

describe("changelog", () => {
  it("has a section per release, newest first, each later one linking to its compare page", async () => {
    const html = await readText(join(root, "changelog/index.html"));
    const sections = [...html.matchAll(/<section class="changelog-release" data-release="([^"]+)">/g)].map((m) => m[1]);
    expect(sections).toEqual(catalog.releases.map((r) => r.id).reverse());
    expect(html).toContain('href="/compare/2014-05...2023-openedx/"');
    const text = html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    expect(text).toContain("Since 2014-05: 0 added, 0 removed, 1 renamed, 2 changed, 1 not covered by one of the two");
  });
});

describe("coverage matrix", () => {
  it("has one row per event with a written state for every release", async () => {
    const ids = catalog.releases.map((r) => r.id);
    const html = await readText(join(root, "coverage/index.html"));
    const states = matrixStates(html, ids);
    expect([...states.keys()].sort()).toEqual(catalog.events.map((e) => e.id).sort());
    for (const [id, byRelease] of states) {
      for (const [release, state] of byRelease)
        expect(["documented", "not documented", "not covered"], `${id} ${release}`).toContain(state);
    }
    expect(states.get("seq_goto")?.get("2023-openedx")).toBe("not covered");
    expect(states.get("seq_goto")?.get("2014-05")).toBe("documented");
    expect(html).toContain('<a href="/events/seq_goto/">seq_goto</a>');
    expect(html).toMatch(/documented as <code>save_problem_check<\/code>/);
  });
});

describe("the History part of an event page", () => {
  it("draws the timeline as an image with a text alternative and lists stated and inferred history once", async () => {
    const html = await readText(join(root, "events/problem_check/index.html"));
    const svg = /<svg class="history-chart"[^>]*>/.exec(html)?.[0] ?? "";
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="history-chart-title history-chart-desc"');
    expect(html).toContain('<title id="history-chart-title">Timeline of problem_check</title>');
    expect(html).toMatch(
      /<desc id="history-chart-desc">Timeline of problem_check across 2 releases\. Documented in 2014-05, 2023-openedx\./,
    );
    expect(html).toMatch(/<path class="mark-stated"[^>]*><title>8 June 2015: renamed, stated in 2023-openedx<\/title>/);
    const lines = [...html.matchAll(/<li data-evidence="(stated|inferred)">([\s\S]*?)<\/li>/g)].map(
      (m) =>
        `${m[1]}: ${(m[2] ?? "")
          .replace(/<[^>]+>/g, "")
          .replace(/\s+/g, " ")
          .trim()}`,
    );
    expect(lines[0]).toMatch(/^inferred: inferred .*first documented in 2014-05/);
    expect(
      lines.some((l) => l.startsWith("stated:") && l.includes("Renamed from save_problem_check on 8 June 2015.")),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith("inferred:") && l.includes("renamed save_problem_check → problem_check")),
    ).toBe(true);
    expect(lines.filter((l) => l.includes("8 June 2015")).length).toBe(1);
  });

  it("draws a release that does not cover the event as not covered, not as a gap", async () => {
    const html = await readText(join(root, "events/seq_goto/index.html"));
    expect(html).toMatch(/<desc id="history-chart-desc">[^<]*2023-openedx not covered/);
    expect(html).toMatch(/<rect class="span-not-covered"/);
  });
});

describe("the release-history modules", () => {
  it("import only types from the model and the diff schema, so no zod reaches a page bundle", async () => {
    // The diff itself is imported as a value; it must take nothing but types from the zod modules.
    const diffModule = await readFile(join(REPO_ROOT, "src/diff/diff-releases.ts"), "utf8");
    for (const [line = ""] of diffModule.matchAll(/^import [^;]*from "[^"]*(?:\/model\/|diff-schema|zod)[^"]*";$/gm)) {
      expect(line, "src/diff/diff-releases.ts").toMatch(/^import type /);
    }
    const files = [
      ...(await listFiles(join(REPO_ROOT, "site/components/history"), "")),
      ...(await listFiles(join(REPO_ROOT, "site/pages/compare"), "")),
      ...(await listFiles(join(REPO_ROOT, "site/pages/changelog"), "")),
      ...(await listFiles(join(REPO_ROOT, "site/pages/coverage"), "")),
    ].filter((f) => /\.(ts|astro)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = await readFile(file, "utf8");
      for (const [line = ""] of source.matchAll(/^import [^;]*from "[^"]*(?:\/model\/|diff-schema|zod)[^"]*";$/gm)) {
        expect(line, file).toMatch(/^import type /);
      }
    }
  });
});
