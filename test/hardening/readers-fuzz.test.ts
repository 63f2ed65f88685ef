// Property-based hardening of the five readers: windows of the real sources, damaged the way real
// files get damaged (lines lost, doubled or swapped, text cut anywhere, stray structure characters),
// must never make a reader throw, must give only places inside the text, and must still assemble
// into a catalog that validates against the published JSON Schema.
//
// Default: a fixed seed and 300 runs per property, so the suite stays quick and reproducible.
// A longer campaign (a failure prints the seed and path that reproduce it):
//   FUZZ_RUNS=2000 npx vitest run test/hardening/readers-fuzz.test.ts
// Another seed:  FUZZ_SEED=12345 FUZZ_RUNS=500 npx vitest run test/hardening/readers-fuzz.test.ts
// Open bugs run as expected failures; SHOW_KNOWN_BUGS=1 runs them as ordinary tests to see why,
// FUZZ_SHRINK=1 shrinks their counterexamples too (FUZZ_SHRINK=0 never shrinks).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../../src/model/manifest-schema.ts";
import type { SourceFormat } from "../../src/model/release-schema.ts";
import { assembleCatalog } from "../../src/pipeline/assemble-catalog.ts";
import { readRelease } from "../../src/pipeline/read-release.ts";
import { readers } from "../../src/pipeline/reader-registry.ts";
import { serializeCatalog } from "../../src/pipeline/serialize-catalog.ts";
import { schemaErrors } from "../support/catalog-validator.ts";
import { diagnosticProblems, resultProblems } from "./support/position-checks.ts";
import {
  SOURCE_SPECS,
  cutWindow,
  readSource,
  windowArbitrary,
  type SourceSpec,
  type Window,
} from "./support/source-windows.ts";
import { knownBug } from "./support/known-bug.ts";
import { applyMutations, mutationArbitrary, type Mutation } from "./support/text-mutations.ts";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? "300");
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
  const sink = createDiagnosticSink();
  const result = readers[spec.format].read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  return [...diagnosticProblems(sink.diagnostics, path, text), ...resultProblems(result, path, text)];
}

/** Reads the text as a one-release manifest entry would be read, and validates the assembled catalog. */
function catalogProblems(spec: SourceSpec, text: string): string[] {
  const path = pathOf(spec);
  const sink = createDiagnosticSink();
  const loaded = [
    {
      manifest: { path, format: spec.format },
      files: [{ path, text, sha256: "0".repeat(64), bytes: Buffer.byteLength(text) }],
    },
  ];
  const read = readRelease(manifestEntry(spec), loaded, sink);
  const catalog = assembleCatalog(
    [read],
    sink.diagnostics.map((d) => ({ ...d, release: read.release.id })),
  );
  const failed = sink.diagnostics.filter((d) => d.rule === "reader/failed").map((d) => `readRelease: ${d.message}`);
  return [...failed, ...schemaErrors(JSON.parse(serializeCatalog(catalog))).map((e) => `schema: ${e}`)];
}

/** Fails the property with every problem found, so the report names them all. */
function expectNone(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(problems.slice(0, 12).join("\n"));
}

/** A window of the source and the damage done to it; the counterexample fast-check prints is this pair. */
const damage = (spec: SourceSpec) =>
  fc.record({ window: windowArbitrary(spec), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 8 }) });

/**
 * Bugs open in code these tests do not own, by format, calibrated for the default seed and runs.
 * Each names the bug; fuzz-findings.test.ts holds its smallest input. Remove an entry once fixed
 * (its test then fails as "expected to fail" to say so).
 */
const OPEN_BUGS: Partial<Record<SourceFormat, { places?: string; catalog?: string }>> = {};
function testFor(bug: string | undefined): typeof knownBug {
  return bug ? knownBug : test;
}

/** Shrinking finds the smallest failing input; it is skipped for known bugs unless FUZZ_SHRINK=1. */
function optionsFor(bug: string | undefined): fc.Parameters<[unknown]> {
  const shrink = process.env["FUZZ_SHRINK"] === "1" || (!bug && process.env["FUZZ_SHRINK"] !== "0");
  return { numRuns: RUNS, seed: SEED, endOnFailure: !shrink };
}

describe.each(SOURCE_SPECS)("the $format reader on damaged windows of $file", (spec) => {
  const source = readSource(spec);
  const undamaged = cutWindow(spec, source, { start: spec.baselineStart ?? 0, length: spec.max });
  const textOf = ({ window, mutations }: { window: Window; mutations: Mutation[] }) =>
    applyMutations(cutWindow(spec, source, window), mutations);
  const placesBug = OPEN_BUGS[spec.format]?.places;
  const catalogBug = OPEN_BUGS[spec.format]?.catalog;

  test("an undamaged window reads cleanly (the baseline)", () => {
    expect(placeProblems(spec, undamaged)).toEqual([]);
  });

  testFor(catalogBug)("an undamaged window assembles into a valid catalog (the baseline)", () => {
    expect(catalogProblems(spec, undamaged)).toEqual([]);
  });

  testFor(placesBug)(
    "never throws and places every diagnostic, provenance and range inside the text",
    () => {
      fc.assert(
        fc.property(damage(spec), (d) => expectNone(placeProblems(spec, textOf(d)))),
        optionsFor(placesBug),
      );
    },
    TIMEOUT,
  );

  testFor(catalogBug)(
    "assembles into a catalog that validates against the published JSON Schema",
    () => {
      fc.assert(
        fc.property(damage(spec), (d) => expectNone(catalogProblems(spec, textOf(d)))),
        optionsFor(catalogBug),
      );
    },
    TIMEOUT,
  );
});
