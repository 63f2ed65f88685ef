// Property-based hardening of the five readers: windows of the real sources, damaged the way real
// files get damaged (lines lost, doubled or swapped, text cut anywhere, stray structure characters),
// must never make a reader throw, must give only places inside the text, and must still assemble
// into a catalog that validates against the published JSON Schema.
//
// Default: a fixed seed and few runs, so the suite stays quick and reproducible. A longer campaign:
//   FUZZ_RUNS=2000 npx vitest run test/hardening/readers-fuzz.test.ts
// and another seed (a failure prints the seed and path that reproduce it):
//   FUZZ_SEED=12345 FUZZ_RUNS=500 npx vitest run test/hardening/readers-fuzz.test.ts
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../../src/model/manifest-schema.ts";
import { assembleCatalog } from "../../src/pipeline/assemble-catalog.ts";
import { readRelease } from "../../src/pipeline/read-release.ts";
import { readers } from "../../src/pipeline/reader-registry.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { schemaErrors } from "../support/catalog-validator.ts";
import { diagnosticProblems, resultProblems } from "./support/position-checks.ts";
import { SOURCE_SPECS, cutWindow, readSource, windowArbitrary, type SourceSpec } from "./support/source-windows.ts";
import { applyMutations, mutationArbitrary } from "./support/text-mutations.ts";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? "25");
const SEED = Number(process.env["FUZZ_SEED"] ?? "20130915");
/** Long campaigns get a test timeout that grows with the number of runs. */
const TIMEOUT = Math.max(60_000, RUNS * 5 * 1_000);

function manifestEntry(spec: SourceSpec): ManifestRelease {
  return {
    id: `fuzz-${spec.format}`,
    label: `fuzzed ${spec.file}`,
    date: "2014-05-07",
    datePrecision: "day",
    dateEstimated: false,
    sources: [{ path: `sources/${spec.file}`, format: spec.format }],
    upstream: {},
  };
}

const pathOf = (spec: SourceSpec): string => `sources/${spec.file}`;

/** Runs the reader directly, so a throw fails the property with its own stack; lists misplaced places. */
function placeProblems(spec: SourceSpec, text: string): string[] {
  const path = pathOf(spec);
  const sink = createDiagnosticSink(path);
  const result = readers[spec.format].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  return [...diagnosticProblems(sink.diagnostics, path, text), ...resultProblems(result, path, text)];
}

/** Reads the text as a one-release manifest entry would be read, and validates the assembled catalog. */
function catalogProblems(spec: SourceSpec, text: string): string[] {
  const path = pathOf(spec);
  const sink = createDiagnosticSink(path);
  const loaded = [{
    manifest: { path, format: spec.format },
    files: [{ path, text, sha256: "0".repeat(64), bytes: Buffer.byteLength(text) }],
  }];
  const read = readRelease(manifestEntry(spec), loaded, sink);
  const catalog = assembleCatalog([read], sink.diagnostics.map((d) => ({ ...d, release: read.release.id })));
  const failed = sink.diagnostics.filter((d) => d.rule === "reader/failed").map((d) => `readRelease: ${d.message}`);
  return [...failed, ...schemaErrors(JSON.parse(serializeCatalog(catalog))).map((e) => `schema: ${e}`)];
}

/** Fails the property with every problem found, so the report names them all. */
function expectNone(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(problems.slice(0, 12).join("\n"));
}

const damagedText = (spec: SourceSpec, source: string) =>
  fc
    .tuple(windowArbitrary(spec), fc.array(mutationArbitrary, { minLength: 1, maxLength: 8 }))
    .map(([window, mutations]) => ({ window, mutations, text: applyMutations(cutWindow(spec, source, window), mutations) }));

const options = { numRuns: RUNS, seed: SEED, endOnFailure: process.env["FUZZ_SHRINK"] === "0" };

describe.each(SOURCE_SPECS)("the $format reader on damaged windows of $file", (spec) => {
  const source = readSource(spec);
  const undamaged = cutWindow(spec, source, { start: spec.baselineStart ?? 0, length: spec.max });

  test("an undamaged window reads cleanly and assembles into a valid catalog (the baseline)", () => {
    expect(placeProblems(spec, undamaged)).toEqual([]);
    expect(catalogProblems(spec, undamaged)).toEqual([]);
  });

  test(
    "never throws and places every diagnostic, provenance and range inside the text",
    () => {
      fc.assert(fc.property(damagedText(spec, source), ({ text }) => expectNone(placeProblems(spec, text))), options);
    },
    TIMEOUT,
  );

  test(
    "assembles into a catalog that validates against the published JSON Schema",
    () => {
      fc.assert(fc.property(damagedText(spec, source), ({ text }) => expectNone(catalogProblems(spec, text))), options);
    },
    TIMEOUT,
  );
});
