// The README orients and the documentation pages teach: the README shows the two commands that
// work on a fresh clone and stays short; the generated sections of the documentation pages match
// the code; every documentation page is in the site's navigation.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { allRules } from "../src/pipeline/rule-catalog.ts";
import { generatedSections, replaceSection } from "../scripts/docs-sections.ts";

const readme = readFileSync("README.md", "utf8");
const DOCS = "site/content/docs";

describe("documentation pages", () => {
  test("generated sections are current (run `npm run readme` after changing rules or change kinds)", () => {
    for (const section of generatedSections()) {
      const page = readFileSync(section.file, "utf8");
      expect(replaceSection(page, section), section.file).toBe(page);
    }
  });

  test("the diagnostics page lists every diagnostic rule id", () => {
    const page = readFileSync(`${DOCS}/diagnostics.md`, "utf8");
    for (const id of allRules.keys()) expect(page).toContain(`\`${id}\``);
  });

  test("every page has a title and is linked from the site's navigation and the README", () => {
    const config = readFileSync("astro.config.mjs", "utf8");
    for (const file of readdirSync(DOCS).filter((f) => f.endsWith(".md"))) {
      expect(readFileSync(`${DOCS}/${file}`, "utf8"), file).toMatch(/^---\ntitle: .+\ndescription: .+\n/);
      expect(config, file).toContain(`link: "/${file.replace(/\.md$/, "")}/"`);
      expect(readme, file).toContain(`](${DOCS}/${file})`);
    }
  });
});

describe("README", () => {
  test("shows the build-and-serve and the test command, both from the lock file", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });

  test("orients rather than teaches: at most 250 lines", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(250);
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
