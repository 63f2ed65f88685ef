// The "Checking a tracking log" page documents every rule, status and field status of `check`, so
// the page cannot drift from the code.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { eventStatusKindSchema, fieldStatusSchema, observedKindSchema } from "../../src/check/report-schema.ts";
import { checkRules } from "../../src/check/rules.ts";

const page = readFileSync("site/content/docs/checking-logs.md", "utf8");

describe("the checking-logs page", () => {
  test("lists every check rule with its severity", () => {
    for (const rule of Object.values(checkRules)) expect(page).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });

  test("explains every event status, field status and observed type", () => {
    for (const status of eventStatusKindSchema.options) expect(page).toContain(`| \`${status}\` |`);
    for (const status of fieldStatusSchema.options) expect(page).toContain(`\`${status}\``);
    for (const kind of observedKindSchema.options) expect(page).toContain(`\`${kind}\``);
  });

  test("names every option of the command", () => {
    for (const option of ["--release", "--format", "--exit-code", "--catalog", "--manifest"])
      expect(page).toContain(`\`${option}`);
  });
});
