import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("build --coverage", () => {
  test("prints, per source file, the share of its text used and each skipped block with its lines", async () => {
    const out: string[] = [];
    const dir = await mkdtemp(join(tmpdir(), "eec-cov-"));
    const code = await main(
      [
        "build",
        "--manifest",
        "test/fixtures/tiny-content/releases.json",
        "--out",
        join(dir, "catalog.json"),
        "--coverage",
      ],
      { stdout: (s) => out.push(s), stderr: () => {}, cwd: process.cwd() },
    );
    expect(code).toBe(1); // the fixture has a release whose file is missing
    const report = out.filter((line) => line.includes("% of its text used"));
    expect(report.map((line) => line.split(":")[0])).toEqual([
      "test/fixtures/tiny-content/sources/2014-excerpt.rst",
      "test/fixtures/tiny-content/sources/2016-excerpt.txt",
    ]);
    for (const line of report)
      expect(line).toMatch(
        /: \d+\.\d% of its text used \(\d+\/\d+ characters, \d+\/\d+ non-blank lines\), \d+ blocks skipped$/,
      );
  });
});
