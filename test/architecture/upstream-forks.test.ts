// Files that fork upstream code say in their header which version they fork and why; when the
// dependency is upgraded this fails until each fork has been compared with the new upstream file
// and its header names the new version.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const starlight: unknown = JSON.parse(
  readFileSync(resolve(root, "node_modules/@astrojs/starlight/package.json"), "utf8"),
);
const version = (starlight as { version: string }).version;

/** Each fork and the upstream file it forks. */
const FORKS = [
  { path: "site/components/overrides/PageTitle.astro", upstream: "components/PageTitle.astro" },
  { path: "site/components/overrides/SearchOnOpen.astro", upstream: "components/Search.astro" },
  { path: "site/styles/search-dialog.css", upstream: "components/Search.astro" },
];

describe("forks of Starlight's components", () => {
  it.each(FORKS)("$path names the Starlight version and file it forks, and why", ({ path, upstream }) => {
    const header = readFileSync(resolve(root, path), "utf8").slice(0, 1200);
    expect(header).toContain(`@astrojs/starlight ${version}, ${upstream}`);
    expect(header).toMatch(/\b(because|why|so that)\b/i);
  });

  it("lists every component override of astro.config.mjs", () => {
    const config = readFileSync(resolve(root, "astro.config.mjs"), "utf8");
    const overrides = [...config.matchAll(/"\.\/(site\/components\/overrides\/[\w.-]+)"/g)].map((m) => m[1]);
    expect(overrides.length).toBeGreaterThan(0);
    expect(overrides.filter((o) => !FORKS.some((f) => f.path === o))).toEqual([]);
  });
});
