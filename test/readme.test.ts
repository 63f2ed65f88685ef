// The README is part of the product: its generated sections must match the code, and it must show
// the two commands that work on a fresh clone.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { allRules } from "../src/diagnostics/rule-catalog.ts";
import { generatedSections, replaceSection } from "../scripts/readme-sections.ts";

const readme = readFileSync("README.md", "utf8");

describe("README", () => {
  test("generated sections are current (run `npm run readme` after changing rules or change kinds)", () => {
    let regenerated = readme;
    for (const section of generatedSections()) regenerated = replaceSection(regenerated, section);
    expect(regenerated).toBe(readme);
  });

  test("lists every diagnostic rule id", () => {
    for (const id of allRules.keys()) expect(readme).toContain(`\`${id}\``);
  });

  test("shows the build-and-serve and the test command", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm install && npm test");
  });

  test("names a reason for every runtime and development dependency", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});
