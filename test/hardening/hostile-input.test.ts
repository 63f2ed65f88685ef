// Hostile files and manifest mistakes, built through the same entry point as the CLI: each gives a
// diagnostic with its rule id and place (or one clear error for the whole run), and the good release
// beside it in the same manifest still builds. The hostile RST, dates and examples are in
// hostile-markup.test.ts. Long inputs are not timed here (the bench's scaling series measures how each
// reader grows); vitest's test timeout is their only bound.
import { readFileSync } from "node:fs";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { SourceFormat } from "../../src/model/release-schema.ts";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";
import { ManifestError } from "../../src/pipeline/load-manifest.ts";
import { readers } from "../../src/pipeline/reader-registry.ts";
import { FIXTURES, buildContent, lineOf, releaseEntry, writeContent } from "./support/content-folder.ts";
import { expectDiagnosticAt, expectGoodReleaseBuilt, withRule } from "./support/outcome-checks.ts";
import { diagnosticProblems, resultProblems } from "./support/position-checks.ts";

const base = await readFile(join(FIXTURES, "enrollment-events.rst"), "utf8");
/** Diagnostics name files relative to the content folder, where the manifest sits. */
const manifestFile = (manifestPath: string): string => basename(manifestPath);

describe("files that are not clean text", () => {
  test("a byte that is not UTF-8 is a warning at its line and column; the release still builds", async () => {
    const line = lineOf(base, "outside the Instructor Dashboard.");
    const lines = base.split("\n");
    const before = `${lines.slice(0, line - 1).join("\n")}\noutside the Instructor Dashboard caf`;
    const after = `.${base.slice(base.indexOf("outside the Instructor Dashboard.") + "outside the Instructor Dashboard.".length)}`;
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);
    const outcome = await buildContent({ "sources/latin1.rst": bytes }, [
      releaseEntry("latin1", "sources/latin1.rst", "rst"),
    ]);
    const column = "outside the Instructor Dashboard caf".length + 1;
    expectDiagnosticAt(outcome, {
      rule: "source/invalid-utf8",
      file: "sources/latin1.rst",
      line,
      column,
      release: "latin1",
      severity: "warning",
    });
    expect(outcome.failedReleases).toEqual([]);
    expect(outcome.catalog.releases.find((r) => r.id === "latin1")?.counts.events).toBe(2);
    expectGoodReleaseBuilt(outcome);
  });

  test("a binary file (NUL bytes) is an error at the NUL; its release fails alone", async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const outcome = await buildContent({ "sources/image.rst": png }, [
      releaseEntry("binary", "sources/image.rst", "rst"),
    ]);
    expectDiagnosticAt(outcome, {
      rule: "source/binary",
      file: "sources/image.rst",
      line: 3,
      column: 1,
      release: "binary",
      severity: "error",
    });
    expect(outcome.failedReleases).toEqual(["binary"]);
    expectGoodReleaseBuilt(outcome);
  });

  test("an empty file is an error; its release fails alone", async () => {
    const outcome = await buildContent({ "sources/empty.rst": "" }, [
      releaseEntry("empty", "sources/empty.rst", "rst"),
    ]);
    expectDiagnosticAt(outcome, {
      rule: "source/empty",
      file: "sources/empty.rst",
      line: 1,
      column: 1,
      release: "empty",
      severity: "error",
    });
    expect(outcome.failedReleases).toEqual(["empty"]);
    expectGoodReleaseBuilt(outcome);
  });

  test("a 50 MB file is refused as too large; its release fails alone", async () => {
    const huge = Buffer.from(base.repeat(Math.ceil((50 * 1024 * 1024) / base.length)));
    expect(huge.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const outcome = await buildContent({ "sources/huge.rst": huge }, [releaseEntry("huge", "sources/huge.rst", "rst")]);
    const d = expectDiagnosticAt(outcome, {
      rule: "source/too-large",
      file: "sources/huge.rst",
      line: 1,
      column: 1,
      release: "huge",
      severity: "error",
    });
    expect(d.message).toContain(String(huge.length));
    expect(outcome.failedReleases).toEqual(["huge"]);
    expectGoodReleaseBuilt(outcome);
  });

  test.each([
    ["prose", "The server emits this event when a student enrolls in a course. "],
    ["inline markup", "``edx.course.enrollment.activated`` **Register** :ref:`enrollment` `x <http://a.b>`_ | + = * "],
    ["table borders", "+----------+----------+|==========|"],
  ])("a 2 MB line of %s is read without a reader failure", async (_kind, piece) => {
    const line = piece.repeat(Math.ceil((2 * 1024 * 1024) / piece.length));
    const text = `${base}\nA Very Long Line\n================\n\n${line}\n`;
    const outcome = await buildContent({ "sources/long.rst": text }, [releaseEntry("long", "sources/long.rst", "rst")]);
    expect(withRule(outcome, "reader/failed")).toEqual([]);
    expect(outcome.catalog.releases.find((r) => r.id === "long")?.counts.events).toBe(2);
    expectGoodReleaseBuilt(outcome);
  });
});

describe("a 2 MB line in each of the other formats", () => {
  const source = (file: string): string =>
    readFileSync(join(import.meta.dirname, "../../content/sources", file), "utf8");
  const twoMegabytes = (piece: string): string => piece.repeat(Math.ceil((2 * 1024 * 1024) / piece.length));

  test.each<[SourceFormat, string, () => string, number]>([
    [
      "wiki-text",
      "tab-separated cells",
      () => `${source("2013-wiki-tracking-logs.txt")}\n${twoMegabytes("a\tb ")}\n`,
      8,
    ],
    [
      "rst-inventory",
      "table bars",
      () => `${source("2013-inventory-tracking-logs.rst")}\n${twoMegabytes("| x ")}\n`,
      25,
    ],
    [
      "pdf-text",
      "tab-separated words in the events chapter",
      () =>
        source("2016-04-26-edx-research-guide.txt").replace(
          "\nEvents in the Tracking Logs\n",
          `\nEvents in the Tracking Logs\n${twoMegabytes("word\tword ")}\n`,
        ),
      150,
    ],
    [
      "rst-collapsed",
      "inline literals",
      () => `${source("2023-openedx-student-event-types.rst")} ${twoMegabytes("``a`` ")}`,
      50,
    ],
  ])("%s with a line of %s: read without throwing, places inside the text", (format, _what, makeText, events) => {
    const text = makeText();
    const path = "sources/long";
    const sink = createDiagnosticSink();
    const result = readers[format].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
    expect(result.events.length).toBeGreaterThanOrEqual(events);
    expect(diagnosticProblems(sink.diagnostics, path, text)).toEqual([]);
    expect(resultProblems(result, path, text)).toEqual([]);
  });
});

describe("manifest mistakes", () => {
  test("a source file that does not exist is an error naming it; its release fails alone", async () => {
    const outcome = await buildContent({}, [releaseEntry("missing", "sources/not-there.rst", "rst")]);
    const [d] = withRule(outcome, "source/missing");
    expect(d?.message).toContain("sources/not-there.rst");
    expect(d?.release).toBe("missing");
    expect(d?.severity).toBe("error");
    expect(outcome.failedReleases).toEqual(["missing"]);
    expectGoodReleaseBuilt(outcome);
  });

  test("a source problem points at the manifest line that names the source", async () => {
    const outcome = await buildContent({}, [releaseEntry("missing", "sources/not-there.rst", "rst")]);
    const line = lineOf(outcome.manifestText, '"sources/not-there.rst"');
    expectDiagnosticAt(outcome, { rule: "source/missing", file: manifestFile(outcome.manifestPath), line });
  });

  test("a release id used twice: the second entry is an error at its line and left out", async () => {
    const files = { "sources/a.rst": base, "sources/b.rst": base };
    const outcome = await buildContent(files, [
      releaseEntry("dup", "sources/a.rst", "rst"),
      releaseEntry("dup", "sources/b.rst", "rst"),
    ]);
    const secondId = lineOf(outcome.manifestText, '"id": "dup"', lineOf(outcome.manifestText, '"id": "dup"') + 1);
    const d = expectDiagnosticAt(outcome, {
      rule: "manifest/duplicate-release",
      file: manifestFile(outcome.manifestPath),
      line: secondId,
    });
    expect(d.message).toContain('"dup"');
    expect(outcome.catalog.releases.filter((r) => r.id === "dup")).toHaveLength(1);
    expect(outcome.catalog.releases.find((r) => r.id === "dup")?.sources.map((s) => s.path)).toEqual(["sources/a.rst"]);
    expectGoodReleaseBuilt(outcome);
  });

  test.each([
    [
      "an unknown format",
      { ...releaseEntry("odd", "sources/a.rst"), sources: [{ path: "sources/a.rst", format: "markdown" }] },
      "format",
    ],
    ["a malformed date", { ...releaseEntry("odd", "sources/a.rst", "rst"), date: "Sept 2014" }, "date"],
    ["a date with one-digit month", { ...releaseEntry("odd", "sources/a.rst", "rst"), date: "2014-5-07" }, "date"],
  ])("%s: the entry is an error at its line naming the key, and is left out", async (_what, entry, key) => {
    const outcome = await buildContent({ "sources/a.rst": base }, [entry]);
    const line = lineOf(outcome.manifestText, '"id": "odd"');
    const d = expectDiagnosticAt(outcome, {
      rule: "manifest/invalid",
      file: manifestFile(outcome.manifestPath),
      line,
      severity: "error",
    });
    expect(d.message).toContain(key);
    expect(outcome.catalog.releases.map((r) => r.id)).toEqual(["good"]);
    expectGoodReleaseBuilt(outcome);
  });

  test.each([
    ["a relative path that climbs out", "../outside.rst"],
    ["an absolute path", "/etc/hostname"],
    ["a link inside the folder that points out", "sources/link.rst"],
  ])("%s is refused as leaving the content folder", async (_what, path) => {
    const folder = await writeContent({}, [releaseEntry("escape", path, "rst")]);
    await writeFile(join(folder.root, "../outside.rst"), base);
    await symlink(join(folder.root, "../outside.rst"), join(folder.root, "sources/link.rst"));
    const outcome = await buildCatalogFromManifest(folder.manifestPath);
    const [d] = withRule(outcome, "manifest/path-escapes");
    expect(d?.message).toContain(path);
    expect(d?.release).toBe("escape");
    expect(outcome.failedReleases).toEqual(["escape"]);
    expectGoodReleaseBuilt(outcome);
  });

  test.each([
    ["not JSON", "{ releases: [", /releases\.json: not valid JSON/],
    ["JSON without a releases array", '{ "release": [] }', /^releases\.json: .*"releases"/],
  ])("a manifest that is %s is one clear error for the whole run", async (_what, text, message) => {
    const folder = await writeContent({}, []);
    await writeFile(folder.manifestPath, text);
    await expect(buildCatalogFromManifest(folder.manifestPath)).rejects.toThrow(ManifestError);
    await expect(buildCatalogFromManifest(folder.manifestPath)).rejects.toThrow(message);
  });

  test("a manifest that does not exist is one clear error naming it", async () => {
    const folder = await writeContent({}, []);
    const missing = join(folder.root, "nope.json");
    await expect(buildCatalogFromManifest(missing)).rejects.toThrow(/nope\.json: cannot read the manifest \(ENOENT\)/);
  });
});
