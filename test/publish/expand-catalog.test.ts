// Compaction and expansion on small hand-made catalogs: what counts as identical, where the
// provenance goes, and what a broken catalog.json reports.
import { describe, expect, test } from "vitest";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import { CATALOG_FORMAT_VERSION, type Catalog } from "../../src/model/catalog-schema.ts";
import type { Release } from "../../src/model/release-schema.ts";
import type { EventDraft } from "../../src/readers/reader.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { compactCatalog } from "../../src/publish/compact-catalog.ts";
import { expandCatalog } from "../../src/publish/expand-catalog.ts";
import { readCatalogText } from "../../src/publish/read-catalog.ts";
import { releaseRoot } from "../../src/publish/release-roots.ts";
import { draft, field, read } from "../merge/make-drafts.ts";
import { lineSpan } from "../../src/model/position.ts";

function located(id: string, folder: string, drafts: EventDraft[]): { release: Release; drafts: EventDraft[] } {
  const move = <T>(v: T): T =>
    JSON.parse(JSON.stringify(v).replaceAll('"file":"f.rst"', `"file":"${folder}/student_event_types.rst"`)) as T;
  const r = read(id, move(drafts));
  const source = {
    path: `${folder}/student_event_types.rst`,
    format: "rst" as const,
    formatDetected: false,
    sha256: "0".repeat(64),
    bytes: 1,
    coverage: { lines: 1, linesUsed: 1, characters: 1, charactersUsed: 1, ratio: 1, skipped: [] },
  };
  return {
    release: { ...r.release, sources: [source, { ...source, path: `${folder}/event_list.rst` }] },
    drafts: r.result.events,
  };
}

function catalogOf(...releases: { release: Release; drafts: EventDraft[] }[]): Catalog {
  const merged = mergeReleases(
    releases
      .map((r) => read(r.release.id, r.drafts))
      .map((r, i) => ({ ...r, release: releases[i]?.release ?? r.release })),
  );
  return {
    $schema: "catalog.schema.json",
    formatVersion: CATALOG_FORMAT_VERSION,
    releases: releases.map((r) => r.release),
    commonFields: merged.commonFields,
    events: merged.events,
    diagnostics: [],
  };
}

const seqGoto = (line: number, description = "The browser emits seq_goto events."): EventDraft =>
  draft(
    ["seq_goto"],
    { eventFields: [field("new"), field("old")], description: { text: description, html: `<p>${description}</p>` } },
    line,
  );

describe("stating identical snapshots once", () => {
  const catalog = catalogOf(
    located("koa", "upstream/koa", [seqGoto(10)]),
    located("lilac", "upstream/koa", [seqGoto(10)]),
    located("maple", "upstream/maple", [seqGoto(10)]),
    located("nutmeg", "upstream/nutmeg", [seqGoto(12)]),
    located("olive", "upstream/nutmeg", [seqGoto(12, "The browser emits seq_goto events when a learner jumps.")]),
  );
  const published = compactCatalog(catalog);

  test("the root of a release is the common folder of its sources", () => {
    expect(releaseRoot(catalog.releases[2] as Release)).toBe("upstream/maple/");
    expect(releaseRoot({ sources: [] })).toBe("");
  });

  test("the same text in the same folder, or moved to another folder, is one snapshot; a moved line or a changed word is not", () => {
    expect(published.events[0]?.snapshots.map((s) => s.releases)).toEqual([
      ["koa", "lilac", "maple"],
      ["nutmeg"],
      ["olive"],
    ]);
    expect(published.events[0]?.snapshots[0]?.provenance.file).toBe("upstream/koa/student_event_types.rst");
  });

  test("expansion gives one snapshot per release, each in its own folder, exactly as built", () => {
    const expanded = expandCatalog(published);
    expect(
      expanded.events[0]?.snapshots.map((s) => [s.release, s.provenance.file, s.eventFields[0]?.provenance.file]),
    ).toEqual([
      ["koa", "upstream/koa/student_event_types.rst", "upstream/koa/student_event_types.rst"],
      ["lilac", "upstream/koa/student_event_types.rst", "upstream/koa/student_event_types.rst"],
      ["maple", "upstream/maple/student_event_types.rst", "upstream/maple/student_event_types.rst"],
      ["nutmeg", "upstream/nutmeg/student_event_types.rst", "upstream/nutmeg/student_event_types.rst"],
      ["olive", "upstream/nutmeg/student_event_types.rst", "upstream/nutmeg/student_event_types.rst"],
    ]);
    expect(JSON.stringify(expanded)).toBe(JSON.stringify(catalog));
  });

  test("a path outside the release's folder is not moved, so that snapshot is stated apart", () => {
    const outside = catalogOf(
      located("koa", "upstream/koa", [seqGoto(10)]),
      located("maple", "upstream/maple", [
        { ...seqGoto(10), provenance: lineSpan("upstream/koa/student_event_types.rst", 10, 11) },
      ]),
    );
    expect(compactCatalog(outside).events[0]?.snapshots.map((s) => s.releases)).toEqual([["koa"], ["maple"]]);
    expect(JSON.stringify(expandCatalog(compactCatalog(outside)))).toBe(JSON.stringify(outside));
  });
});

describe("reading a catalog.json", () => {
  const catalog = catalogOf(
    located("koa", "upstream/koa", [seqGoto(10)]),
    located("lilac", "upstream/koa", [seqGoto(10)]),
  );
  const text = serializeCatalog(catalog);

  test("gives back the catalog", () => {
    expect(JSON.stringify(readCatalogText(text, "c.json").catalog)).toBe(JSON.stringify(catalog));
  });

  test("an older format is named, not misread", () => {
    const old = text.replace(`"formatVersion":"${CATALOG_FORMAT_VERSION}"`, '"formatVersion":"1.0.0"');
    expect(readCatalogText(old, "old.json").errors).toEqual([
      expect.stringMatching(/^old\.json has catalog format 1\.0\.0; this version reads format 2\.x/),
    ]);
  });

  test("a snapshot naming a release the catalog does not list is an error", () => {
    const bad = text.replace('"releases":["koa","lilac"]', '"releases":["koa","lilac","maple"]');
    expect(bad).not.toBe(text);
    expect(readCatalogText(bad, "bad.json").errors).toEqual(["bad.json names releases it does not list: maple"]);
  });

  test("not JSON, or not a catalog, is an error with the place", () => {
    expect(readCatalogText("{", "x.json").errors[0]).toMatch(/^x\.json is not JSON/);
    expect(readCatalogText('{"formatVersion":"2.0.0"}', "y.json").errors[0]).toMatch(/^y\.json is not a catalog at /);
  });
});
