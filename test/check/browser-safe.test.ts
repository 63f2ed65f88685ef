// The checker runs in the browser too (the site's "Check a log" page): no module it loads, however
// indirectly, may import a Node API.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect, test } from "vitest";

/** What a module loads when it runs: type-only imports are erased and load nothing. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] ?? "");
}

test("src/check/log-checker.ts and what it imports use no Node API", () => {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else external.add(specifier);
    }
  };
  const root = resolve(import.meta.dirname, "../../src/check");
  for (const entry of ["log-checker.ts", "render-check.ts", "sample-log.ts"]) visit(resolve(root, entry));
  expect(seen.size).toBeGreaterThan(8);
  expect([...external].sort()).toEqual(["zod/v4"]);
});
