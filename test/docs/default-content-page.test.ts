// The "default content" page of the site lists each release of the manifest, with its date and the
// folder it reads, so the page cannot drift from content/releases.json.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const page = readFileSync("site/content/docs/default-content.md", "utf8");
const manifest = JSON.parse(readFileSync("content/releases.json", "utf8")) as {
  releases: { id: string; date: string; sources: { path: string }[]; upstream: { commit?: string } }[];
};

describe("the default-content page", () => {
  test("has one table row per release, in manifest order, with date, commit and folder", () => {
    const rows = page.split("\n").filter((line) => /^\| `[^`]+` \|/.test(line));
    expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1])).toEqual(manifest.releases.map((r) => r.id));
    manifest.releases.forEach((release, i) => {
      const row = rows[i] ?? "";
      expect(row).toContain(`| ${release.date}`);
      expect(row).toContain(`\`${release.sources[0]?.path ?? "?"}\``);
      if (release.upstream.commit) expect(row).toContain(release.upstream.commit.slice(0, 10));
    });
  });

  test("names the command that adds the next release", () => {
    expect(page).toContain("npm run content:sync");
  });
});
