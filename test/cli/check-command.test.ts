import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, test } from "vitest";
import { checkJsonSchema, type CheckReport } from "../../src/check/report-schema.ts";
import { runCheck } from "../../src/cli/check-command.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { defaultCatalog } from "../check/default-catalog.ts";

const FIXTURES = join(import.meta.dirname, "../check/fixtures");
const dir = mkdtempSync(join(tmpdir(), "check-command-"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(checkJsonSchema());

beforeAll(async () => {
  writeFileSync(join(dir, "catalog.json"), serializeCatalog(await defaultCatalog()));
  for (const name of ["docs-examples.jsonl", "broken-lines.jsonl", "page-views.jsonl"])
    copyFileSync(join(FIXTURES, name), join(dir, name));
  // gzip told by its first bytes, whatever the name.
  writeFileSync(join(dir, "examples-gzipped.log"), gzipSync(readFileSync(join(FIXTURES, "docs-examples.jsonl"))));
  writeFileSync(join(dir, "empty.log"), "");
  writeFileSync(join(dir, "blank.log"), "\n\n  \n");
  writeFileSync(join(dir, "binary.log"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00]));
  writeFileSync(join(dir, "clean.jsonl"), `${readFileSync(join(FIXTURES, "page-views.jsonl"), "utf8")}`);
}, 60_000);

async function run(args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCheck([...args, "--catalog", "catalog.json"], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    cwd: dir,
    ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
  });
  return { code, out, err };
}

describe("edx-event-catalog check", () => {
  test("text summary: findings with counts and an example place; exit 0 without --exit-code", async () => {
    const r = await run(["docs-examples.jsonl", "--release", "2014-05"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^checked 3 lines in 1 file against 2014-05 /);
    expect(r.out).toContain("check/added-later");
    expect(r.out).toContain("(e.g. docs-examples.jsonl:2)");
    expect(r.out).toMatch(/releases this log is consistent with/);
  });

  test("--exit-code: 1 with findings, 0 on a clean log", async () => {
    expect((await run(["docs-examples.jsonl", "--release", "2014-05", "--exit-code"])).code).toBe(1);
    expect((await run(["clean.jsonl", "--release", "2016-04-26", "--exit-code"])).code).toBe(0);
  });

  test("--format json is the report, valid against check.schema.json", async () => {
    const r = await run(["docs-examples.jsonl", "broken-lines.jsonl", "--format", "json", "--release", "2016-04-26"]);
    const report = JSON.parse(r.out) as CheckReport;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.files.map((f) => f.file)).toEqual(["docs-examples.jsonl", "broken-lines.jsonl"]);
    expect(report.release.id).toBe("2016-04-26");
  });

  test("unreadable lines: printed as file:line:column, and exit 1 even without --exit-code", async () => {
    const r = await run(["broken-lines.jsonl", "--release", "2016-04-26"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("broken-lines.jsonl:2:54: error check/invalid-json not JSON:");
    expect(r.out).toContain("broken-lines.jsonl:4:1: error check/not-an-object");
  });

  test("gzip is detected by content; standard input is read with -", async () => {
    const gz = JSON.parse((await run(["examples-gzipped.log", "--format", "json"])).out) as CheckReport;
    expect(gz.totals).toMatchObject({ lines: 3, invalidLines: 0 });
    const stdin = await run(["-", "--format", "json"], readFileSync(join(FIXTURES, "page-views.jsonl"), "utf8"));
    const report = JSON.parse(stdin.out) as CheckReport;
    expect(report.files).toEqual([{ file: "-", lines: 3, invalid: 0 }]);
    expect(report.events[0]?.status).toBe("page-view");
  });

  test("an empty, blank, binary or missing file is an error of that file only", async () => {
    const r = await run([
      "empty.log",
      "blank.log",
      "binary.log",
      "missing.log",
      "docs-examples.jsonl",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as CheckReport;
    const errors = Object.fromEntries(report.files.map((f) => [f.file, f.error]));
    expect(errors["empty.log"]).toBe("empty file");
    expect(errors["blank.log"]).toBe("empty input: only blank lines");
    expect(errors["binary.log"]).toMatch(/^binary input/);
    expect(errors["missing.log"]).toMatch(/^cannot read: ENOENT/);
    expect(errors["docs-examples.jsonl"]).toBeUndefined();
    expect(report.totals.lines).toBe(3);
  });

  test("on a terminal, a progress line on stderr, cleared at the end", async () => {
    const line = readFileSync(join(FIXTURES, "page-views.jsonl"), "utf8").split("\n")[1] ?? "";
    writeFileSync(join(dir, "many.jsonl"), `${line}\n`.repeat(20_000));
    const progress: string[] = [];
    let out = "";
    const code = await runCheck(["many.jsonl", "--catalog", "catalog.json"], {
      stdout: (s) => (out += s),
      stderr: () => undefined,
      cwd: dir,
      progress: (text) => progress.push(text),
    });
    expect(code).toBe(0);
    expect(progress[0]).toMatch(/^many\.jsonl: 16,384 lines, \d+\.\d MB read$/);
    expect(progress[progress.length - 1]).toBe("");
    expect(out).toMatch(/^checked 20,000 lines/);
  });

  test("usage errors exit 2", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["docs-examples.jsonl", "--format", "yaml"])).code).toBe(2);
    const unknown = await run(["docs-examples.jsonl", "--release", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown release "nope"; known releases: /);
    expect((await run(["-", "-"])).code).toBe(2);
  });
});

// The compiled command (lib/, written by `npm run compile` before the tests) reads the catalog in a
// worker thread; from the TypeScript sources it reads it in the process. Both give one report.
describe("the installed bin", () => {
  const bin = join(import.meta.dirname, "../../bin/edx-event-catalog.js");
  const runBin = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, "check", ...args], { cwd: dir });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout, err: failed.stderr };
    }
  };

  test("gives the report the command gives in the process", async () => {
    const args = ["docs-examples.jsonl", "broken-lines.jsonl", "--format", "json", "--release", "2016-04-26"];
    const installed = await runBin([...args, "--catalog", "catalog.json"]);
    expect(installed.err).not.toMatch(/internal error/);
    expect(installed.code).toBe(1);
    expect(installed.out).toBe((await run(args)).out);
  }, 60_000);

  test("an unknown release found in the worker is a usage error", async () => {
    const r = await runBin(["docs-examples.jsonl", "--catalog", "catalog.json", "--release", "nope"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^check: unknown release "nope"; known releases: /);
  }, 60_000);
});
