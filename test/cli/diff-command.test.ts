import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runDiff } from "../../src/cli/diff-command.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { sampleCatalog } from "../diff/make-catalog.ts";

const dir = mkdtempSync(join(tmpdir(), "diff-command-"));
writeFileSync(join(dir, "catalog.json"), serializeCatalog(sampleCatalog()));
writeFileSync(join(dir, "broken.json"), `{"releases": 3}`);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runDiff(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir });
  return { code, out, err };
}

describe("edx-event-catalog diff", () => {
  test("prints the text diff and exits 0 without --exit-code", async () => {
    const r = await run("2014-05", "2016-04-26", "--catalog", "catalog.json");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Changes from 2014-05 \(Release 2014-05\) to 2016-04-26/);
    expect(r.out).toContain("~ problem_check (save_problem_check)");
    expect(r.err).toBe("");
  });

  test("--exit-code: 1 with differences, 0 without", async () => {
    expect((await run("2014-05", "2016-04-26", "--catalog", "catalog.json", "--exit-code")).code).toBe(1);
    expect((await run("2016-04-26", "2016-04-26", "--catalog", "catalog.json", "--exit-code")).code).toBe(0);
  });

  test("--format json gives the diff as JSON; --format markdown as Markdown", async () => {
    const json = await run("2014-05", "2023-openedx", "--catalog=catalog.json", "--format", "json");
    const parsed = JSON.parse(json.out) as { summary: { eventsNotCovered: number } };
    expect(parsed.summary.eventsNotCovered).toBe(2);
    const md = await run("2014-05", "2023-openedx", "--catalog=catalog.json", "--format=markdown");
    expect(md.out.startsWith("# Changes from `2014-05` to `2023-openedx`")).toBe(true);
  });

  test("--event limits the diff, by a former name", async () => {
    const r = await run("2014-05", "2016-04-26", "--catalog", "catalog.json", "--event", "save_problem_check");
    expect(r.out).toContain("problem_check");
    expect(r.out).not.toContain("seq_goto");
  });

  test("an unknown release id exits 2 naming it and listing the known ids", async () => {
    const r = await run("2015", "2016-04-26", "--catalog", "catalog.json");
    expect(r.code).toBe(2);
    expect(r.err).toBe('diff: unknown release "2015"; known releases: 2014-05, 2016-04-26, 2023-openedx');
    expect(r.out).toBe("");
  });

  test.each([
    [["2014-05"], "two releases are needed"],
    [["a", "b", "c"], 'unexpected argument "c"'],
    [["2014-05", "2016-04-26", "--format", "html"], 'unknown format "html"'],
    [["2014-05", "2016-04-26", "--colour"], "unknown option --colour"],
    [["2014-05", "2016-04-26", "--catalog", "x.json", "--manifest", "m.json"], "not both"],
  ])("usage error %j exits 2", async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain("usage: edx-event-catalog diff");
  });

  test("an unknown event, an unreadable or invalid catalog, a missing manifest: exit 2 with the reason", async () => {
    const event = await run("2014-05", "2016-04-26", "--catalog", "catalog.json", "--event", "no_such_event");
    expect([event.code, event.err]).toEqual([
      2,
      'diff: unknown event "no_such_event" (give an event id, name or former name)',
    ]);
    const missing = await run("a", "b", "--catalog", "missing.json");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("cannot read catalog");
    const broken = await run("a", "b", "--catalog", "broken.json");
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.json is not a catalog at/);
    const manifest = await run("a", "b", "--manifest", "nope.json");
    expect(manifest.code).toBe(2);
    expect(manifest.err).toMatch(/^diff: /);
  });
});
