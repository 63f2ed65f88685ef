// RST that is wrong the way real files are, dates that are not dates and examples that are not JSON,
// each added to real lines of the 2014 release (fixtures/enrollment-events.rst) and built through the
// same entry point as the CLI: each gets a diagnostic with its rule id at its line and column, the
// enrollment events around it are still read, and the good release in the same manifest still builds.
// Where no rule exists yet, the test asks for what a user needs (a diagnostic on that line).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { BuildOutcome } from "../../src/pipeline/build-from-manifest.ts";
import { FIXTURES, buildContent, lineEqualTo, lineOf, releaseEntry } from "./support/content-folder.ts";
import { diagnosticsOnLine, expectDiagnosticAt, expectGoodReleaseBuilt } from "./support/outcome-checks.ts";

const base = await readFile(join(FIXTURES, "enrollment-events.rst"), "utf8");
const FILE = "sources/hostile.rst";

async function buildRst(text: string, more: Record<string, string> = {}): Promise<BuildOutcome> {
  const outcome = await buildContent({ [FILE]: text, ...more }, [releaseEntry("hostile", FILE, "rst")]);
  expect(outcome.diagnostics.filter((d) => d.rule === "reader/failed")).toEqual([]);
  expectGoodReleaseBuilt(outcome);
  return outcome;
}

function eventNames(outcome: BuildOutcome): string[] {
  return outcome.catalog.events
    .filter((e) => e.snapshots.some((s) => s.release === "hostile"))
    .map((e) => e.name)
    .sort();
}

const ENROLLMENT = ["edx.course.enrollment.activated", "edx.course.enrollment.deactivated"];

/** An event section in the style of the 2014 release, appended after the enrollment section. */
function eventSection(name: string, body: string): string {
  return `${base}\n\`\`${name}\`\`\n-----------------------------\n\nThe browser emits \`\`${name}\`\` events when a user jumps between units.\n\n**Event Source**: Browser\n\n${body}`;
}

describe("grid tables", () => {
  test("a broken border is a warning at the broken line", async () => {
    const text = `${base}\nBroken Table\n============\n\n+----------+--------+\n| Field    | Type   |\n+==========+========+\n| \`\`a\`\`    | string |\n+----------+---\n| \`\`b\`\`    | number |\n+----------+--------+\n`;
    const outcome = await buildRst(text);
    const line = lineEqualTo(text, "+----------+---");
    expect(line).toBeGreaterThan(130);
    expectDiagnosticAt(outcome, { rule: "rst/grid-table-malformed", file: FILE, line, release: "hostile" });
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
  });

  test("a table inside a table inside a table: the event and its other fields are kept", async () => {
    const table = [
      "+----------------------------------+--------+",
      "| Field                            | Type   |",
      "+==================================+========+",
      "| ``old``                          | int    |",
      "+----------------------------------+--------+",
      "| +------------------------------+ | dict   |",
      "| | +--------------------------+ | |        |",
      "| | | ``deep``                 | | |        |",
      "| | +--------------------------+ | |        |",
      "| +------------------------------+ |        |",
      "+----------------------------------+--------+",
    ].join("\n");
    const text = eventSection("seq_goto", `\`\`event\`\` **Member Fields**:\n\n${table}\n`);
    const outcome = await buildRst(text);
    expect(eventNames(outcome)).toEqual([...ENROLLMENT, "seq_goto"].sort());
    const snapshot = outcome.catalog.events
      .find((e) => e.name === "seq_goto")
      ?.snapshots.find((s) => s.release === "hostile");
    expect(snapshot?.eventFields.map((f) => f.name)).toContain("old");
    const first = lineOf(text, "| +----");
    const accounted =
      snapshot?.eventFields.some((f) => f.name === "deep") ||
      outcome.diagnostics.some((d) => d.file === FILE && d.line >= first && d.line <= first + 4);
    expect(accounted, "the nested cells reach the catalog or get a diagnostic").toBe(true);
  });
});

describe("blocks and markup", () => {
  // A `::` with no indented literal block after it: docutils reports "Literal block expected; none
  // found" (rst/empty-literal-block).
  test("an unterminated literal block gets a diagnostic on its line", async () => {
    const text = `${base}\nLiteral\n-------\n\nThe example follows::\n\nNot indented, so no literal block.\n`;
    const outcome = await buildRst(text);
    expect(diagnosticsOnLine(outcome, FILE, lineOf(text, "The example follows::"))).not.toEqual([]);
  });

  // A code-block directive with no content: docutils reports "Content block expected ... none
  // found" (rst/empty-directive).
  test("a code-block with no content at the end of the file gets a diagnostic on its line", async () => {
    const text = `${base}\nCode\n----\n\n.. code-block:: json\n`;
    const outcome = await buildRst(text);
    expect(diagnosticsOnLine(outcome, FILE, lineOf(text, ".. code-block:: json", 120))).not.toEqual([]);
  });

  test("an unknown directive is a warning at its line and a skipped block", async () => {
    const text = `${base}\n.. frobnicate:: something\n   :option: 1\n\n   body text\n`;
    const outcome = await buildRst(text);
    const line = lineOf(text, ".. frobnicate::");
    const d = expectDiagnosticAt(outcome, {
      rule: "rst/unknown-directive",
      file: FILE,
      line,
      column: 1,
      release: "hostile",
    });
    expect(d.message).toContain("frobnicate");
    const skipped = outcome.catalog.releases.find((r) => r.id === "hostile")?.sources[0]?.coverage.skipped;
    expect(skipped).toContainEqual(expect.objectContaining({ line, rule: "rst/unknown-directive" }));
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
  });

  // An unknown interpreted-text role (:frob:`units`): docutils reports 'Unknown interpreted text
  // role "frob"' (rst/unknown-role).
  test("an unknown role gets a diagnostic at its line", async () => {
    const text = eventSection("seq_goto", "").replace("between units.", "between :frob:`units`.");
    const outcome = await buildRst(text);
    expect(diagnosticsOnLine(outcome, FILE, lineOf(text, ":frob:"))).not.toEqual([]);
  });

  test("a title whose adornment is too short is reported at the adornment", async () => {
    const text = `${base}\nAn Overlong Title\n======\n\nText.\n`;
    const outcome = await buildRst(text);
    const line = lineEqualTo(text, "======");
    const d = expectDiagnosticAt(outcome, {
      rule: "rst/title-underline-short",
      file: FILE,
      line,
      column: 1,
      release: "hostile",
    });
    expect(d.message).toContain("An Overlong Title");
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
  });

  test("an indented title is reported at the title", async () => {
    const text = `${base}\nSome text.\n\n Indented Title\n================\n\nText.\n`;
    const outcome = await buildRst(text);
    expectDiagnosticAt(outcome, {
      rule: "rst/indented-title",
      file: FILE,
      line: lineOf(text, " Indented Title"),
      release: "hostile",
    });
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
  });
});

describe("git merge-conflict markers inside an event section", () => {
  const conflicted = base.replace(
    "**Event Source**: Server\n",
    "<<<<<<< HEAD\n**Event Source**: Server\n=======\n**Event Source**: Browser\n>>>>>>> feature\n",
  );

  // Conflict markers got no diagnostic of their own (only an info rst/title-underline-short at the
  // "=======" line); now rst/merge-conflict-marker.
  test("get a diagnostic at the <<<<<<< line", async () => {
    const outcome = await buildRst(conflicted);
    expect(diagnosticsOnLine(outcome, FILE, lineOf(conflicted, "<<<<<<< HEAD"))).not.toEqual([]);
  });

  // Was a bug (src/readers/rst): "=======" under "**Event Source**: Server" was read as a section
  // title, which ended the enrollment section: both enrollment events vanished.
  test("do not make the section's events vanish", async () => {
    const outcome = await buildRst(conflicted);
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
  });
});

describe("includes", () => {
  test("an include of a file that does not exist is an error at the include", async () => {
    const text = `${base}\n.. include:: not-there.rst\n`;
    const outcome = await buildRst(text);
    const d = expectDiagnosticAt(outcome, {
      rule: "rst/include-not-found",
      file: FILE,
      line: lineOf(text, ".. include::"),
      column: 1,
      severity: "error",
    });
    expect(d.message).toContain("not-there.rst");
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
  });

  test("a file that includes itself is an error at the include, read once", async () => {
    const text = `${base}\n.. include:: hostile.rst\n`;
    const outcome = await buildRst(text);
    expectDiagnosticAt(outcome, {
      rule: "rst/include-cycle",
      file: FILE,
      line: lineOf(text, ".. include::"),
      column: 1,
      severity: "error",
    });
    expect(eventNames(outcome)).toEqual(ENROLLMENT);
    expect(outcome.catalog.releases.find((r) => r.id === "hostile")?.counts.events).toBe(2);
  });
});
