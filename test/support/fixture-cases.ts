// Fixture-pair testing: each case folder holds an input file plus the expected `output.json` and
// `messages.json`. Expectations are regenerated on purpose with UPDATE_FIXTURES=1 and then reviewed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { publishedJson } from "../../src/publish/published-json.ts";

export interface FixtureCase {
  name: string;
  dir: string;
  inputPath: string;
  input: string;
}

function listFixtureCases(dir: string): FixtureCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const caseDir = join(dir, name);
      const inputName = readdirSync(caseDir).find((f) => f.startsWith("input"));
      if (!inputName) return [];
      const inputPath = join(caseDir, inputName);
      return [{ name, dir: caseDir, inputPath, input: readFileSync(inputPath, "utf8") }];
    });
}

/**
 * Compares `actual` with the case's expected JSON file, or writes it when UPDATE_FIXTURES=1.
 * Provenance is written in its published form, as catalog.json has it.
 */
function expectMatchesFixture(caseDir: string, fileName: string, actual: unknown): void {
  const path = join(caseDir, fileName);
  const text = `${publishedJson(actual, 2)}\n`;
  if (process.env["UPDATE_FIXTURES"] === "1" || !existsSync(path)) {
    if (process.env["CI"] && !existsSync(path)) throw new Error(`missing expected fixture ${path}`);
    writeFileSync(path, text);
    return;
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, "utf8")));
}

/** Declares one test per case folder: run(input) must give output.json and messages.json. */
export function defineFixtureTests(dir: string, run: (c: FixtureCase) => { output: unknown; messages: unknown }): void {
  const cases = listFixtureCases(dir);
  if (cases.length === 0) throw new Error(`no fixture cases in ${dir}`);
  for (const c of cases) {
    test(`fixture ${c.name}`, () => {
      const { output, messages } = run(c);
      expectMatchesFixture(c.dir, "output.json", output);
      expectMatchesFixture(c.dir, "messages.json", messages);
    });
  }
}
