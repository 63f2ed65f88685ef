// The `build` command as a user meets it: exit codes, diagnostics in `path:line:column severity rule
// message` form with paths relative to the working directory, one summary line per release, the
// catalog and its JSON Schema written where --out says. Plus one run of the real bin end to end.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, onTestFinished, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { catalogJsonSchema } from "../../src/model/json-schemas.ts";

const REPO = join(import.meta.dirname, "../..");
const CLEAN_RST = join(REPO, "test/hardening/fixtures/enrollment-events.rst");
const WIKI = join(REPO, "content/sources/2013-wiki-tracking-logs.txt");
const DIAGNOSTIC_LINE = /^(\S+):(\d+):(\d+) (error|warning|info) ([a-z-]+\/[a-z0-9-]+) (.+)$/;

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(cwd: string, ...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (s) => out.push(...s.replace(/\n$/, "").split("\n")),
    stderr: (s) => err.push(...s.replace(/\n$/, "").split("\n")),
    cwd,
  });
  return { code, out, err };
}

const entry = (id: string, path: string, format: string, date = "2014-05-07") => ({
  id,
  label: `release ${id}`,
  date,
  datePrecision: "day",
  sources: [{ path, format }],
});

/** A fresh temp folder, removed when the test finishes. */
async function workFolder(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), "eec-cli-"));
  onTestFinished(() => rm(cwd, { recursive: true, force: true }));
  return cwd;
}

/** A content folder inside a fresh work folder; commands run with the work folder as cwd. */
async function contentFolder(releases: unknown[]): Promise<{ cwd: string; manifest: string }> {
  const cwd = await workFolder();
  await mkdir(join(cwd, "content/sources"), { recursive: true });
  await copyFile(CLEAN_RST, join(cwd, "content/sources/enrollment.rst"));
  await copyFile(WIKI, join(cwd, "content/sources/wiki.txt"));
  await writeFile(join(cwd, "content/releases.json"), `${JSON.stringify({ releases }, null, 2)}\n`);
  return { cwd, manifest: "content/releases.json" };
}

const CLEAN = entry("clean", "sources/enrollment.rst", "rst");
const WITH_WARNINGS = entry("wiki", "sources/wiki.txt", "wiki-text", "2013-01-15");
const MISSING = entry("missing", "sources/not-there.rst", "rst", "2015-01-01");

describe("edx-event-catalog build", () => {
  test("clean input: exit 0, one summary line per release, catalog and schema written to --out", async () => {
    const { cwd, manifest } = await contentFolder([CLEAN]);
    const r = await run(cwd, "build", "--manifest", manifest, "--out", "out/deep/catalog.json");
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toHaveLength(2);
    expect(r.out[0]).toMatch(
      /^clean: 2 events, \d+ fields, \d+ examples \(\d+ invalid\), 0 errors, 0 warnings, text used \d+%$/,
    );
    expect(r.out[1]).toMatch(/^wrote out\/deep\/catalog\.json: \d+ events from 1 releases$/);
    const catalog = JSON.parse(await readFile(join(cwd, "out/deep/catalog.json"), "utf8")) as {
      releases: { id: string }[];
    };
    expect(catalog.releases.map((x) => x.id)).toEqual(["clean"]);
    const schema: unknown = JSON.parse(await readFile(join(cwd, "out/deep/catalog.schema.json"), "utf8"));
    expect(schema).toEqual(JSON.parse(JSON.stringify(catalogJsonSchema())));
  });

  test("--strict: warnings make exit 1 and are counted; without it they are printed and exit is 0", async () => {
    const { cwd, manifest } = await contentFolder([WITH_WARNINGS]);
    const loose = await run(cwd, "build", "--manifest", manifest, "--out", "out/catalog.json");
    expect(loose.code).toBe(0);
    expect(loose.err.length).toBeGreaterThan(0);
    expect(loose.err.every((line) => / warning /.test(line))).toBe(true);
    const strict = await run(cwd, "build", "--manifest", manifest, "--out", "out/catalog.json", "--strict");
    expect(strict.code).toBe(1);
    expect(strict.err.at(-1)).toBe(`--strict: ${loose.err.length} warnings`);
  });

  test("errors in the input: exit 1, the other release is still built and summarised", async () => {
    const { cwd, manifest } = await contentFolder([CLEAN, MISSING]);
    const r = await run(cwd, "build", "--manifest", manifest, "--out", "out/catalog.json");
    expect(r.code).toBe(1);
    expect(r.err).toContainEqual(
      expect.stringMatching(/^content\/releases\.json:\d+:\d+ error source\/missing .*sources\/not-there\.rst/),
    );
    expect(r.out.filter((line) => line.startsWith("clean: "))).toHaveLength(1);
    expect(r.out).toContain("missing: not built (see errors above)");
    expect(existsSync(join(cwd, "out/catalog.json"))).toBe(true);
  });

  test("each diagnostic is one line: path relative to the cwd, line, column, severity, rule, message", async () => {
    const { cwd, manifest } = await contentFolder([CLEAN, WITH_WARNINGS, MISSING]);
    for (const [from, prefix] of [
      [cwd, "content/"],
      [join(cwd, "content"), ""],
      [join(cwd, "content/sources"), "../"],
    ] as const) {
      const r = await run(
        from,
        "build",
        "--manifest",
        join(cwd, manifest),
        "--out",
        join(cwd, "out/catalog.json"),
        "--strict",
      );
      expect(r.err.length).toBeGreaterThan(3);
      for (const line of r.err.slice(0, -1)) {
        const m = DIAGNOSTIC_LINE.exec(line);
        expect(m, line).not.toBeNull();
        const path = m?.[1] ?? "";
        expect(path.startsWith(prefix), `${line} (cwd ${basename(from)})`).toBe(true);
        expect(existsSync(join(from, path)), `${path} exists relative to ${from}`).toBe(true);
        expect(Number(m?.[2])).toBeGreaterThanOrEqual(1);
        expect(Number(m?.[3])).toBeGreaterThanOrEqual(1);
      }
    }
  });

  // Diagnostics name files relative to the content folder; the command joins the folder in front.
  // A source whose path starts with the folder's own name ("docs/" holding "docs-2014/") must not be
  // mistaken for a path that already has it.
  test("a source path that starts with the content folder's name is still printed relative to the cwd", async () => {
    const cwd = await workFolder();
    await mkdir(join(cwd, "docs/docs-2014"), { recursive: true });
    await copyFile(WIKI, join(cwd, "docs/docs-2014/wiki.txt"));
    await writeFile(
      join(cwd, "docs/releases.json"),
      JSON.stringify({ releases: [entry("wiki", "docs-2014/wiki.txt", "wiki-text")] }),
    );
    const r = await run(cwd, "build", "--manifest", "docs/releases.json", "--out", "out/catalog.json");
    const paths = r.err.map((line) => DIAGNOSTIC_LINE.exec(line)?.[1] ?? line);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toBe("docs/docs-2014/wiki.txt");
  });

  test.each([
    [["build", "--frobnicate"], /^build: unknown option --frobnicate$/],
    [["build", "--out"], /^build: --out needs a value$/],
    [["build", "extra"], /^build: unexpected argument "extra"$/],
    [["build", "--strict=yes"], /^build: --strict takes no value$/],
    [["biuld"], /^unknown command "biuld"$/],
  ])("usage error %j: exit 2, a one-line message first, no stack trace, nothing written", async (args, message) => {
    const { cwd } = await contentFolder([CLEAN]);
    const r = await run(cwd, ...args);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(message);
    expect(r.err.join("\n")).not.toMatch(/^\s+at /m);
    expect(r.out).toEqual([]);
    expect(existsSync(join(cwd, "dist"))).toBe(false);
  });

  test.each([
    ["does not exist", null, /^error: nope\.json: cannot read the manifest \(ENOENT\)$/],
    ["is not JSON", "{ releases: [", /^error: nope\.json: not valid JSON/],
  ])("a manifest that %s: exit 2, one line, no stack trace, nothing written", async (_what, text, message) => {
    const { cwd } = await contentFolder([CLEAN]);
    if (text !== null) await writeFile(join(cwd, "content/nope.json"), text);
    const r = await run(cwd, "build", "--manifest", "content/nope.json", "--out", "out/catalog.json");
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.out).toEqual([]);
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });
});

describe("the installed bin", () => {
  test("builds a manifest end to end", async () => {
    const { cwd, manifest } = await contentFolder([CLEAN, WITH_WARNINGS]);
    const out = join(cwd, "out/catalog.json");
    const bin = join(REPO, "bin/edx-event-catalog.js");
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [bin, "build", "--manifest", join(cwd, manifest), "--out", out],
      { cwd: REPO },
    );
    expect(stdout.split("\n").filter((l) => /^(clean|wiki): \d+ events/.test(l))).toHaveLength(2);
    expect(stderr).not.toMatch(/internal error/);
    const catalog = JSON.parse(await readFile(out, "utf8")) as { releases: { id: string }[]; events: unknown[] };
    expect(catalog.releases.map((x) => x.id)).toEqual(["wiki", "clean"]);
    expect(catalog.events.length).toBeGreaterThan(10);
    expect(existsSync(join(dirname(out), "catalog.schema.json"))).toBe(true);
  }, 60_000);
});
