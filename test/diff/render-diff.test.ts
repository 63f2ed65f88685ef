import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { changeKindsTable, CHANGE_KIND_NAMES } from "../../src/diff/change-kinds.ts";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import { diffJsonSchema, releaseDiffSchema } from "../../src/diff/diff-schema.ts";
import { diffToMarkdown, renderDiff } from "../../src/diff/render-diff.ts";
import { sampleCatalog } from "./make-catalog.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "render");

/** Compares with the expected file, or writes it when UPDATE_FIXTURES=1 (then review it). */
function expectFile(name: string, actual: string): void {
  const path = join(FIXTURES, name);
  if (process.env["UPDATE_FIXTURES"] === "1" || !existsSync(path)) {
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const catalog = sampleCatalog();
const neighbours = diffReleases(catalog, "2014-05", "2016-04-26");
const apart = diffReleases(catalog, "2014-05", "2023-openedx");

describe("renderers", () => {
  test.each([
    ["text", "txt"],
    ["markdown", "md"],
    ["json", "json"],
  ] as const)("%s", (format, ext) => {
    expectFile(`2014-05-to-2016-04-26.${ext}`, renderDiff(neighbours, format));
    expectFile(`2014-05-to-2023-openedx.${ext}`, renderDiff(apart, format));
  });

  test("json output parses back with the diff schema", () => {
    const parsed: unknown = JSON.parse(renderDiff(apart, "json"));
    expect(releaseDiffSchema.parse(parsed)).toEqual(apart);
  });

  test("names and texts from the sources are escaped in Markdown, never interpreted", () => {
    const diff = structuredClone(neighbours);
    diff.events[0] = {
      id: "x",
      name: "a`b",
      changes: [{ kind: "history-added", to: "<script>alert(1)</script> *bold* [link](http://x)" }],
    };
    const md = diffToMarkdown(diff);
    expect(md).toContain("## ``a`b``");
    expect(md).toContain("\\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\[link\\]\\(http://x\\)");
    expect(md).not.toContain("<script>");
  });

  test("no differences is said in words", () => {
    expect(renderDiff(diffReleases(catalog, "2014-05", "2014-05"), "text")).toContain("No differences.");
  });
});

describe("change vocabulary", () => {
  test("the documentation table lists every kind once, and the JSON Schema enumerates the same kinds", () => {
    const table = changeKindsTable().split("\n");
    expect(table).toHaveLength(CHANGE_KIND_NAMES.length + 2);
    expect(table[2]).toMatch(/^\| `event-added` \| The event is documented in the later release only/);
    const schema = JSON.stringify(diffJsonSchema());
    for (const kind of CHANGE_KIND_NAMES) expect(schema).toContain(`"${kind}"`);
  });
});
