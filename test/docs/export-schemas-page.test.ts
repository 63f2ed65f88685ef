// The "Exporting schemas" page documents every rule of the examples check and every file the
// export writes, so it cannot drift from the code.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  bigQuerySchemaPath,
  currentSchemaPath,
  eventSchemaPath,
  lineSchemaPath,
} from "../../src/export/export-schemas.ts";
import { normaliseRules } from "../../src/normalise/rules.ts";

const page = readFileSync("site/content/docs/export-schemas.md", "utf8");

describe("the export-schemas page", () => {
  test("lists every rule of the examples check", () => {
    // The JSON-validity rules (example/*-json) belong to the invalid-examples pass, not to the check.
    const ids = Object.keys(normaliseRules).filter((id) => id.startsWith("example/") && !id.endsWith("-json"));
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(page).toContain(`| \`${id}\` |`);
  });

  test("names every kind of file the export writes", () => {
    const generic = (path: string): string => path.replace("R", "<release>").replace("E", "<event-id>");
    for (const path of [
      eventSchemaPath("R", "E"),
      lineSchemaPath("R"),
      bigQuerySchemaPath("R"),
      currentSchemaPath("E"),
      "index.json",
    ]) {
      expect(page).toContain(`\`${generic(path)}\``);
    }
  });
});
