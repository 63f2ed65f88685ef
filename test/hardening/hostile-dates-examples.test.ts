// Dates that are not dates and examples that are not JSON, written into real lines of the 2014
// release (fixtures/enrollment-events.rst) and built through the same entry point as the CLI: the
// catalog keeps what the text says, and the user gets a diagnostic at the place of the problem.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { BuildOutcome } from "../../src/pipeline/build-from-manifest.ts";
import { FIXTURES, buildContent, lineOf, releaseEntry } from "./support/content-folder.ts";
import { diagnosticsOnLine, expectDiagnosticAt, expectGoodReleaseBuilt } from "./support/outcome-checks.ts";

const base = await readFile(join(FIXTURES, "enrollment-events.rst"), "utf8");
const FILE = "sources/hostile.rst";
const HISTORY = "**History**: The enrollment Events were added on 03 Dec 2013.";

async function buildRst(text: string): Promise<BuildOutcome> {
  const outcome = await buildContent({ [FILE]: text }, [releaseEntry("hostile", FILE, "rst")]);
  expect(outcome.diagnostics.filter((d) => d.rule === "reader/failed")).toEqual([]);
  expectGoodReleaseBuilt(outcome);
  return outcome;
}

function hostileSnapshot(outcome: BuildOutcome, name: string) {
  return outcome.catalog.events.find((e) => e.name === name)?.snapshots.find((s) => s.release === "hostile");
}

describe("history dates that are not dates", () => {
  const misspelled = base.replace(HISTORY, "**History**: The enrollment Events were added on Semptember 20 2021.");
  const line = lineOf(misspelled, "Semptember");

  test("a misspelled month is a warning on its line; the date is read with the nearest month", async () => {
    const outcome = await buildRst(misspelled);
    const d = expectDiagnosticAt(outcome, {
      rule: "history/misspelled-month",
      file: FILE,
      line,
      release: "hostile",
      severity: "warning",
    });
    expect(d.message).toContain("Semptember 20 2021");
    const history = hostileSnapshot(outcome, "edx.course.enrollment.activated")?.history;
    expect(history).toContainEqual(
      expect.objectContaining({ date: "2021-09-20", dateAsWritten: "Semptember 20 2021" }),
    );
  });

  // Was a bug (src/readers/rst/section-content.ts, paragraph → history): the text after the
  // "**History**:" label was passed to parseHistory with the paragraph's own column, so every history
  // diagnostic's column was short by the label's length (13): "Semptember" at column 50 read as 37.
  test("a misspelled month is reported at the column of the date", async () => {
    const outcome = await buildRst(misspelled);
    const column = (misspelled.split("\n")[line - 1] ?? "").indexOf("Semptember") + 1;
    expectDiagnosticAt(outcome, { rule: "history/misspelled-month", file: FILE, line, column });
  });

  test('"Added in the Fall" is noted on its line and gets no ISO date', async () => {
    const text = base.replace(HISTORY, "**History**: Added in the Fall.");
    const outcome = await buildRst(text);
    expectDiagnosticAt(outcome, {
      rule: "history/vague-date",
      file: FILE,
      line: lineOf(text, "Added in the Fall"),
      severity: "info",
    });
    const entry = hostileSnapshot(outcome, "edx.course.enrollment.activated")?.history.find((h) =>
      h.text.includes("Fall"),
    );
    expect(entry?.kind).toBe("added");
    expect(entry?.date).toBeUndefined();
  });

  test("a day that does not exist (31 Feb) is a warning on its line and gets no ISO date", async () => {
    const text = base.replace(HISTORY, "**History**: The enrollment Events were added on 31 Feb 2014.");
    const outcome = await buildRst(text);
    expectDiagnosticAt(outcome, {
      rule: "history/invalid-date",
      file: FILE,
      line: lineOf(text, "31 Feb 2014"),
      severity: "warning",
    });
    const entry = hostileSnapshot(outcome, "edx.course.enrollment.activated")?.history[0];
    expect(entry?.dateAsWritten).toBe("31 Feb 2014");
    expect(entry?.date).toBeUndefined();
  });
});

describe("JSON examples that are not JSON", () => {
  const text = [
    base,
    "``seq_goto``",
    "-----------------------------",
    "",
    "The browser emits ``seq_goto`` events when a user jumps between units.",
    "",
    "**Event Source**: Browser",
    "",
    ".. code-block:: json",
    "",
    "  {",
    '    "event_type": "seq_goto",',
    '    "event": {"old": 1 "new": 2}',
    "  }",
    "",
    ".. code-block:: json",
    "",
    "  {",
    '    "event_type": seq_goto,',
    '    "page": ',
    "",
  ].join("\n");

  test("are kept as written, marked invalid with the parser's place, and repaired where a known repair fits", async () => {
    const outcome = await buildRst(text);
    const examples = hostileSnapshot(outcome, "seq_goto")?.examples ?? [];
    expect(examples).toHaveLength(2);
    const [comma, cut] = examples;
    expect(comma).toMatchObject({ valid: false, language: "json", error: { line: 3, column: 22 } });
    expect(comma?.provenance.start.line).toBe(lineOf(text, '"event_type": "seq_goto"') - 1);
    expect(comma?.repaired?.repairs).toEqual([{ kind: "missing-comma", line: 3, column: 21 }]);
    expect(JSON.parse(comma?.repaired?.code ?? "null")).toMatchObject({ event: { old: 1, new: 2 } });
    expect(cut).toMatchObject({ valid: false, error: { line: 2 } });
    expect(cut?.code).toContain('"event_type": seq_goto,');
    const invalid = outcome.catalog.events
      .flatMap((e) => e.snapshots.filter((s) => s.release === "hostile"))
      .reduce((n, s) => n + s.examples.filter((x) => !x.valid).length, 0);
    expect(invalid).toBeGreaterThanOrEqual(2);
    expect(outcome.catalog.releases.find((r) => r.id === "hostile")?.counts.invalidExamples).toBe(invalid);
  });

  test("get a diagnostic at the source line of the JSON error", async () => {
    const outcome = await buildRst(text);
    expect(diagnosticsOnLine(outcome, FILE, lineOf(text, '"event": {"old": 1 "new": 2}'))).not.toEqual([]);
  });
});
