// `edx-event-catalog export` on a small catalog file: the files it writes, their bytes, --release,
// and the usage errors (exit code 2).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runExport } from "../../src/cli/export-command.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { sampleCatalog } from "../diff/make-catalog.ts";

const dir = mkdtempSync(join(tmpdir(), "export-command-"));
const catalog = sampleCatalog();
writeFileSync(join(dir, "catalog.json"), serializeCatalog(catalog));
writeFileSync(join(dir, "broken.json"), `{"releases": 3}`);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runExport(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir });
  return { code, out, err };
}

describe("edx-event-catalog export", () => {
  test("writes every release's event, line and BigQuery schemas and an index", async () => {
    const r = await run("--catalog", "catalog.json", "--out", "all");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const index = JSON.parse(readFileSync(join(dir, "all/index.json"), "utf8")) as {
      releases: { id: string; line: string; bigquery: string; events: { schema: string }[] }[];
    };
    expect(index.releases.map((x) => x.id)).toEqual(catalog.releases.map((x) => x.id));
    for (const release of index.releases) {
      expect(existsSync(join(dir, "all", release.line))).toBe(true);
      expect(existsSync(join(dir, "all", release.bigquery))).toBe(true);
      for (const e of release.events) expect(existsSync(join(dir, "all", e.schema)), e.schema).toBe(true);
    }
    const events = index.releases.reduce((n, x) => n + x.events.length, 0);
    const current = catalog.events.length;
    expect(r.out).toBe(
      `wrote ${events + 1 + 2 * index.releases.length + current} files to all: ${events} event schemas in ${index.releases.length} releases, ${index.releases.length} line schemas, ${index.releases.length} BigQuery table schemas, ${current} current views`,
    );
    for (const event of catalog.events)
      expect(existsSync(join(dir, `all/current/events/${event.id}.schema.json`)), event.id).toBe(true);
    const line = readFileSync(join(dir, "all", index.releases[0]?.line ?? ""), "utf8");
    expect(line.endsWith("}\n")).toBe(true);
    expect((JSON.parse(line) as { $schema: string }).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  test("--release writes one release only (by id or label)", async () => {
    const release = catalog.releases[1];
    if (!release) throw new Error("the sample catalog has two releases");
    expect((await run("--catalog", "catalog.json", "--out", "one", "--release", release.label)).code).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, "one/index.json"), "utf8")) as {
      releases: { id: string }[];
      current: unknown[];
    };
    expect(index.releases.map((x) => x.id)).toEqual([release.id]);
    expect(index.current).toEqual([]);
    expect(existsSync(join(dir, "one/current"))).toBe(false);
  });

  test("usage errors exit 2 and write nothing", async () => {
    const missingOut = await run("--catalog", "catalog.json");
    expect(missingOut.code).toBe(2);
    expect(missingOut.err).toMatch(/^export: --out DIR is needed/);
    const unknown = await run("--catalog", "catalog.json", "--out", "x", "--release", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^export: unknown release "nope"; known releases: /);
    expect(existsSync(join(dir, "x"))).toBe(false);
    const broken = await run("--catalog", "broken.json", "--out", "y");
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.json is not a catalog/);
    expect((await run("--out", "z", "--frobnicate")).code).toBe(2);
    const both = await run("--catalog", "catalog.json", "--manifest", "releases.json", "--out", "w");
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/give --catalog or --manifest, not both/);
    expect(existsSync(join(dir, "w"))).toBe(false);
  });
});
