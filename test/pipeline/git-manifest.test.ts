// End-to-end: a manifest whose releases come from refs of a local docs repository, in the two
// upstream layouts, built through the same entry point as the CLI, with a bad ref beside them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { makeDocsRepo } from "../git-releases/support/make-docs-repo.ts";
import { schemaErrors } from "../support/catalog-validator.ts";

const content = mkdtempSync(join(tmpdir(), "eec-git-content-"));
const docs = makeDocsRepo(content, "edx-documentation");
afterAll(() => {
  docs.remove();
  rmSync(content, { recursive: true, force: true });
});

const manifest = {
  git: [
    {
      repository: "edx-documentation",
      paths: [
        { path: "source/tracking_logs", format: "rst" },
        { path: "source/event_list.rst", format: "rst" },
      ],
      libraryRoot: "source",
      upstream: { repository: "openedx/edx-documentation" },
      refs: [
        { ref: "named-release-birch", id: "birch", paths: [{ path: "source/tracking_logs.rst", format: "rst" }] },
        { ref: "open-release/hawthorn.1", id: "hawthorn" },
        { ref: "open-release/nonexistent", id: "ghost" },
      ],
    },
  ],
};
const manifestPath = join(content, "releases.json");
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

describe("releases from git refs", async () => {
  const outcome = await buildCatalogFromManifest(manifestPath);
  const { catalog } = outcome;

  test("each ref becomes a release dated by its commit, ordered by date; a missing ref fails alone", () => {
    expect(catalog.releases.map((r) => [r.id, r.date, r.upstream.ref])).toEqual([
      ["birch", "2014-05-07", "named-release-birch"],
      ["hawthorn", "2018-08-10", "open-release/hawthorn.1"],
    ]);
    expect(outcome.failedReleases).toEqual(["ghost"]);
    const ghost = catalog.diagnostics.filter((d) => d.release === "ghost");
    expect(ghost.map((d) => d.rule)).toEqual(["git/ref-not-found"]);
    expect(ghost[0]?.message).toContain("open-release/nonexistent");
    expect(ghost[0]?.line).toBeGreaterThan(1);
  });

  test("both layouts are read by the RST reader, the include resolving inside the ref", () => {
    for (const release of catalog.releases) expect(release.counts.events, release.id).toBeGreaterThan(0);
    const hawthorn = catalog.releases.find((r) => r.id === "hawthorn");
    expect(hawthorn?.sources.map((s) => s.path)).toEqual([
      "edx-documentation@open-release/hawthorn.1/source/tracking_logs/student_event_types.rst",
      "edx-documentation@open-release/hawthorn.1/source/event_list.rst",
    ]);
    expect(catalog.diagnostics.filter((d) => d.rule === "rst/include-not-found")).toEqual([]);
    const special = catalog.events.filter((e) => e.name.startsWith("edx.special_exam."));
    expect(special.length).toBeGreaterThan(0);
    expect(special.every((e) => e.snapshots.every((s) => s.release === "hawthorn"))).toBe(true);
  });

  test("an event of both refs is one entry with a snapshot per release, and keeps its former name", () => {
    const event = catalog.events.find((e) => e.name === "problem_check");
    expect(event?.snapshots.map((s) => s.release)).toEqual(["birch", "hawthorn"]);
    expect(event?.aliases.map((a) => [a.name, a.relation])).toEqual([["save_problem_check", "former-name"]]);
  });

  test("the catalog validates against its schema", () => {
    expect(schemaErrors(JSON.parse(serializeCatalog(catalog)))).toEqual([]);
  });
});
