// Assertions shared by the hostile-input tests: the good release still built, and a diagnostic with
// the expected rule sits at the expected place.
import { expect } from "vitest";
import type { Diagnostic } from "../../../src/model/diagnostic-schema.ts";
import type { BuildOutcome } from "../../../src/pipeline/build-from-manifest.ts";
import { GOOD_RELEASE } from "./content-folder.ts";

/** The release built from the real 2013 wiki page still has its events. */
export function expectGoodReleaseBuilt(outcome: BuildOutcome): void {
  expect(outcome.failedReleases).not.toContain(GOOD_RELEASE.id);
  const good = outcome.catalog.releases.find((r) => r.id === GOOD_RELEASE.id);
  expect(good?.counts.events).toBeGreaterThanOrEqual(8);
  const withSnapshot = outcome.catalog.events.filter((e) => e.snapshots.some((s) => s.release === GOOD_RELEASE.id));
  expect(withSnapshot.length).toBe(good?.counts.events);
}

export function withRule(outcome: BuildOutcome, rule: string): Diagnostic[] {
  return outcome.diagnostics.filter((d) => d.rule === rule);
}

export interface ExpectedPlace {
  rule: string;
  file: string;
  line: number;
  column?: number;
  release?: string;
  severity?: Diagnostic["severity"];
}

/** Exactly one diagnostic of the rule at that place; returns it for further checks of its message. */
export function expectDiagnosticAt(outcome: BuildOutcome, expected: ExpectedPlace): Diagnostic {
  const found = withRule(outcome, expected.rule).filter(
    (d) =>
      d.file === expected.file &&
      d.line === expected.line &&
      (expected.column === undefined || d.column === expected.column),
  );
  expect(
    found,
    `${expected.rule} at ${expected.file}:${expected.line}:${expected.column ?? "*"}; all: ${outcome.diagnostics
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)
      .join(", ")}`,
  ).toHaveLength(1);
  const [diagnostic] = found;
  if (!diagnostic) throw new Error("unreachable");
  if (expected.release) expect(diagnostic.release).toBe(expected.release);
  if (expected.severity) expect(diagnostic.severity).toBe(expected.severity);
  expect(diagnostic.message.length).toBeGreaterThan(10);
  return diagnostic;
}

/** Some diagnostic (any rule) on that line of that file: what a user needs where no rule exists yet. */
export function diagnosticsOnLine(outcome: BuildOutcome, file: string, line: number): Diagnostic[] {
  return outcome.diagnostics.filter((d) => d.file === file && d.line === line);
}
