// `npm run content:sync` end to end on a small docs repository: releases whose files are identical
// share one folder, each release becomes a manifest entry with its ref and commit, the seeds'
// entries are kept, and the vendored content builds; `--check` tells whether the content is current.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";
import { fixture, makeDocsRepo, type DocsRepo } from "./support/make-docs-repo.ts";

const ROOT = resolve(import.meta.dirname, "../..");
let work = "";
let docs: DocsRepo | undefined;

const sync = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(ROOT, "bin/run-ts.js"), join(ROOT, "scripts/content-sync.ts"), "--content", join(work, "content"), ...args],
    {
      encoding: "utf8",
      cwd: work,
    },
  );

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "content-sync-"));
  docs = makeDocsRepo(work, "docs");
  // A third ref on the same tree as hawthorn.1: byte-identical files.
  execFileSync("git", ["-C", docs.path, "tag", "open-release/ironwood.1", "open-release/hawthorn.1"]);
  mkdirSync(join(work, "content/sources"), { recursive: true });
  writeFileSync(join(work, "content/sources/seed.rst"), fixture("ref-a/tracking_logs.rst"));
  const seed = {
    id: "2014-05",
    label: "Seed",
    date: "2014-05-07",
    datePrecision: "month",
    sources: [{ path: "sources/seed.rst", format: "rst" }],
  };
  writeFileSync(join(work, "content/releases.json"), JSON.stringify({ releases: [seed] }, null, 2));
  const upstream = {
    git: [
      {
        repository: "../docs",
        paths: [
          { path: "source/tracking_logs", format: "rst" },
          { path: "source/event_list.rst", format: "rst" },
          { path: "source/shared", format: "rst" },
        ],
        libraryRoot: "source",
        upstream: { repository: "example/docs", path: "source" },
        refs: [
          {
            ref: "named-release-birch",
            id: "birch",
            label: "Birch",
            paths: [{ path: "source/tracking_logs.rst", format: "rst" }],
          },
          { ref: "open-release/hawthorn.1", id: "hawthorn", label: "Hawthorn" },
          { ref: "open-release/ironwood.1", id: "ironwood", label: "Ironwood", date: "2019-03-13" },
        ],
      },
    ],
  };
  writeFileSync(join(work, "content/upstream.json"), JSON.stringify(upstream, null, 2));
});

afterAll(() => {
  docs?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe("content:sync", () => {
  test("vendors each distinct text once and writes one entry per ref, in date order", () => {
    const run = sync();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("3 releases in 2 folders");
    const manifest = JSON.parse(readFileSync(join(work, "content/releases.json"), "utf8")) as {
      releases: {
        id: string;
        date: string;
        sources: { path: string }[];
        upstream: { ref?: string; commit?: string };
      }[];
    };
    expect(manifest.releases.map((r) => [r.id, r.date, r.sources[0]?.path])).toEqual([
      ["2014-05", "2014-05-07", "sources/seed.rst"],
      ["birch", "2014-05-07", "upstream/docs/birch"],
      ["hawthorn", "2018-08-10", "upstream/docs/hawthorn"],
      ["ironwood", "2019-03-13", "upstream/docs/hawthorn"],
    ]);
    expect(manifest.releases[2]?.upstream.ref).toBe("open-release/hawthorn.1");
    expect(manifest.releases[2]?.upstream.commit).toMatch(/^[0-9a-f]{40}$/);
    // Paths relative to the chapter folder, text unchanged.
    expect(readFileSync(join(work, "content/upstream/docs/hawthorn/shared/special_exam_events.rst"), "utf8")).toBe(
      fixture("ref-b/shared/special_exam_events.rst"),
    );
    expect(readFileSync(join(work, "content/upstream/docs/birch/tracking_logs.rst"), "utf8")).toBe(
      fixture("ref-a/tracking_logs.rst"),
    );
  });

  test("the vendored content builds, hawthorn and ironwood from the same folder", async () => {
    const { catalog, failedReleases } = await buildCatalogFromManifest(join(work, "content/releases.json"));
    expect(failedReleases).toEqual([]);
    const counts = Object.fromEntries(catalog.releases.map((r) => [r.id, r.counts.events]));
    expect(counts["hawthorn"]).toBeGreaterThan(0);
    expect(counts["ironwood"]).toBe(counts["hawthorn"]);
  });

  test("--check passes on current content and fails, naming the file, when a vendored file changed", () => {
    expect(sync("--check").status).toBe(0);
    const path = join(work, "content/upstream/docs/birch/tracking_logs.rst");
    writeFileSync(path, "changed\n");
    const run = sync("--check");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("out of date:");
    expect(run.stderr).toContain("birch/tracking_logs.rst");
  });

  test("an unknown ref is a clear error without a stack trace", () => {
    const bad = JSON.parse(readFileSync(join(work, "content/upstream.json"), "utf8")) as { git: { refs: unknown[] }[] };
    bad.git[0]?.refs.push({ ref: "open-release/zebra.1", id: "zebra" });
    writeFileSync(join(work, "content/upstream.json"), JSON.stringify(bad));
    const run = sync("--check");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^content:sync: example\/docs open-release\/zebra\.1: ref "open-release\/zebra\.1" does not exist/m,
    );
    expect(run.stderr).not.toContain("    at ");
  });
});
