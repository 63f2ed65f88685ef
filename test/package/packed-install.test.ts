// The package as a user gets it: `npm pack` (which compiles lib/ first), the tarball installed into
// an empty folder from the registry, and the command run there with Node alone — no TypeScript
// runtime, no clone. Slow (one pack and one install), so it is one test file with a long timeout.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const REPO = join(import.meta.dirname, "../..");
const TINY_MANIFEST = join(REPO, "test/fixtures/tiny-content/releases.json");
const run = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

let work = "";
let app = "";

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the installed command in the app folder, as `npx edx-event-catalog ARGS` would. */
async function cli(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(NPM, ["exec", "--no", "--", "edx-event-catalog", ...args], { cwd: app });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "edx-pack-"));
  app = join(work, "app");
  const { stdout } = await run(NPM, ["pack", "--silent", "--pack-destination", work], { cwd: REPO });
  const tarball = join(work, stdout.trim().split("\n").at(-1) ?? "");
  await run("mkdir", ["-p", app]);
  await writeFile(join(app, "package.json"), `${JSON.stringify({ name: "app", private: true })}\n`);
  await run(NPM, ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: app });
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the packed package, installed into an empty folder", () => {
  test("ships compiled JavaScript, the default content and no TypeScript sources", async () => {
    const root = join(app, "node_modules/edx-event-catalog");
    expect(existsSync(join(root, "lib/cli/main.js"))).toBe(true);
    expect(existsSync(join(root, "content/releases.json"))).toBe(true);
    expect(existsSync(join(root, "src"))).toBe(false);
    const installed = await readdir(join(app, "node_modules"));
    for (const name of ["tsx", "typescript", "astro", "esbuild", "vite"]) expect(installed, name).not.toContain(name);
  });

  test("--version and --help answer", async () => {
    const version = (JSON.parse(await readFile(join(REPO, "package.json"), "utf8")) as { version: string }).version;
    expect(await cli("--version")).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: edx-event-catalog <command>/);
    for (const command of ["build", "diff", "check", "export"]) {
      const r = await cli(command, "--help");
      expect(r.code, command).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: edx-event-catalog ${command} `));
    }
  }, 120_000);

  test("build --manifest writes the catalog and its schemas", async () => {
    const r = await cli("build", "--manifest", TINY_MANIFEST, "--out", "out/catalog.json");
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBeLessThan(2);
    const catalog = JSON.parse(await readFile(join(app, "out/catalog.json"), "utf8")) as { events: unknown[] };
    expect(catalog.events.length).toBeGreaterThan(0);
    for (const schema of ["catalog.schema.json", "manifest.schema.json", "diff.schema.json"]) {
      expect(existsSync(join(app, "out", schema)), schema).toBe(true);
    }
  }, 120_000);

  test("build without --manifest reads the default content shipped in the package", async () => {
    const r = await cli("build", "--quiet", "--out", "default/catalog.json");
    expect(r.stderr).not.toMatch(/internal error/);
    const manifest = JSON.parse(await readFile(join(REPO, "content/releases.json"), "utf8")) as {
      releases: { id: string }[];
    };
    const catalog = JSON.parse(await readFile(join(app, "default/catalog.json"), "utf8")) as {
      releases: { id: string }[];
    };
    expect(catalog.releases.map((x) => x.id).sort()).toEqual(manifest.releases.map((x) => x.id).sort());
  }, 300_000);

  test("diff compares two releases of a built catalog", async () => {
    const catalog = JSON.parse(await readFile(join(app, "default/catalog.json"), "utf8")) as {
      releases: { id: string }[];
    };
    const first = catalog.releases[0]?.id ?? "";
    const last = catalog.releases.at(-1)?.id ?? "";
    const r = await cli("diff", first, last, "--catalog", "default/catalog.json", "--format", "json");
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as { from: { id: string }; to: { id: string } };
    expect([diff.from.id, diff.to.id]).toEqual([first, last]);
  }, 120_000);

  test("check reads a log against a built catalog", async () => {
    const line = { event_type: "problem_check", event_source: "server", event: { problem_id: "p" } };
    await writeFile(join(app, "log.jsonl"), `${JSON.stringify(line)}\nnot json\n`);
    const r = await cli("check", "log.jsonl", "--catalog", "default/catalog.json", "--format", "json");
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(1); // an unreadable line
    expect(r.stdout).toContain('"problem_check"');
    expect(r.stdout).toContain('"check/invalid-json"');
  }, 120_000);

  test("export writes the warehouse schemas of a built catalog", async () => {
    const r = await cli("export", "--out", "schemas", "--catalog", "default/catalog.json");
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const index = JSON.parse(await readFile(join(app, "schemas/index.json"), "utf8")) as object;
    expect(Object.keys(index).length).toBeGreaterThan(0);
  }, 120_000);
});
