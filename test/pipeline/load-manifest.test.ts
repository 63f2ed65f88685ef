import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { loadManifest, ManifestError, parseManifestText } from "../../src/pipeline/load-manifest.ts";
import { DEFAULT_RELEASES } from "../support/default-releases.ts";

const good = {
  id: "2014-05",
  label: "May 2014",
  date: "2014-05-07",
  datePrecision: "month",
  sources: [{ path: "a.rst", format: "rst" }],
};

function parse(releases: unknown[]) {
  const text = JSON.stringify({ releases }, null, 2);
  const sink = createDiagnosticSink();
  return { accepted: parseManifestText(text, "releases.json", sink).releases, diagnostics: sink.diagnostics };
}

describe("the release manifest", () => {
  test("the default manifest is valid and lists the 26 releases in date order", async () => {
    const manifest = await loadManifest("content/releases.json");
    expect(manifest.diagnostics).toEqual([]);
    expect(manifest.releases.map((r) => r.id)).toEqual(DEFAULT_RELEASES);
    const dates = manifest.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    const raw = JSON.parse(await readFile("content/releases.json", "utf8")) as {
      releases: { sources: { path: string }[] }[];
    };
    const paths = raw.releases.flatMap((r) => r.sources.map((s) => s.path));
    expect(paths.filter((p) => p.startsWith("sources/"))).toHaveLength(5);
    expect(paths.filter((p) => p.startsWith("upstream/"))).toHaveLength(21);
  });

  test("a malformed date leaves that release out, names the field and keeps the others", () => {
    const { accepted, diagnostics } = parse([good, { ...good, id: "bad", date: "May 2014" }]);
    expect(accepted.map((r) => r.id)).toEqual(["2014-05"]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: "manifest/invalid", severity: "error" });
    expect(diagnostics[0]?.message).toContain("date");
    expect(diagnostics[0]?.line).toBeGreaterThan(8);
  });

  test("an unknown format names the field", () => {
    const { accepted, diagnostics } = parse([{ ...good, sources: [{ path: "a.rst", format: "docx" }] }]);
    expect(accepted).toEqual([]);
    expect(diagnostics[0]?.message).toMatch(/sources\.0\.format/);
  });

  test("a duplicate release id is reported at the second entry", () => {
    const { accepted, diagnostics } = parse([good, good]);
    expect(accepted).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: "manifest/duplicate-release" });
    expect(diagnostics[0]?.message).toContain('"2014-05"');
  });

  test("a manifest that is not JSON is an error for the whole run, without a stack trace in the message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "eec-manifest-"));
    await writeFile(join(dir, "releases.json"), "{ releases: [ }");
    await expect(loadManifest(join(dir, "releases.json"), "releases.json")).rejects.toThrow(ManifestError);
    await expect(loadManifest(join(dir, "releases.json"), "releases.json")).rejects.toThrow(
      /releases.json: not valid JSON/,
    );
  });

  test("a missing manifest is a clear error", async () => {
    await expect(loadManifest("/nonexistent/releases.json", "releases.json")).rejects.toThrow(
      /cannot read the manifest \(ENOENT\)/,
    );
  });
});
