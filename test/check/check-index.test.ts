import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkIndexOf, type CheckCatalog } from "../../src/check/check-index.ts";
import { createLogChecker } from "../../src/check/log-checker.ts";
import type { CheckReport } from "../../src/check/report-schema.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { defaultCatalog } from "./default-catalog.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
let catalog: Catalog;
let index: CheckCatalog;
beforeAll(async () => {
  catalog = await defaultCatalog();
  index = checkIndexOf(catalog);
}, 60_000);

/** Every object and array reachable from a value. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || into.has(value)) return into;
  into.add(value);
  for (const member of Object.values(value)) objectsIn(member, into);
  return into;
}

/** Every key used anywhere in a value. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value !== "object" || value === null) return into;
  if (!Array.isArray(value)) for (const key of Object.keys(value)) into.add(key);
  for (const member of Object.values(value)) keysIn(member, into);
  return into;
}

function check(from: CheckCatalog, file: string, release: string | undefined): CheckReport {
  const checker = createLogChecker(from, { release });
  readFileSync(join(FIXTURES, file), "utf8")
    .split("\n")
    .forEach((line, i) => checker.addLine(line, i + 1, file));
  return checker.report();
}

describe("the check index", () => {
  test("shares no object with the catalog, so the catalog can be collected", () => {
    const fromCatalog = objectsIn(catalog);
    const shared = [...objectsIn(index)].filter((o) => fromCatalog.has(o));
    expect(shared).toEqual([]);
  });

  test("holds no snapshot text: descriptions, examples, history, provenance", () => {
    const keys = keysIn(index);
    for (const key of ["description", "examples", "history", "provenance", "sources", "values", "current"])
      expect(keys.has(key), key).toBe(false);
    expect(index.events.length).toBe(catalog.events.length);
    expect(index.events.flatMap((e) => e.snapshots).length).toBe(catalog.events.flatMap((e) => e.snapshots).length);
  });

  test("survives a structured clone (the worker posts it) unchanged", () => {
    expect(structuredClone(index)).toEqual(index);
  });

  test.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".jsonl")))(
    "%s: the report from the index is the report from the catalog, in every release",
    (file) => {
      for (const release of [undefined, "2014-05", "2016-04-26", catalog.releases[3]?.id]) {
        expect(check(index, file, release)).toEqual(check(catalog, file, release));
      }
    },
  );
});
