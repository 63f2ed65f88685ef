// The 2013 wiki's server rows whose event_type cell the print lost: read by the wiki reader from
// the lines cut out of the page, named by the merge from the events of the neighbouring release.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import type { ReleaseRead } from "../../src/normalise/release-read.ts";
import { wikiTextReader } from "../../src/readers/wiki-text/wiki-text-reader.ts";
import { draft, field, read, release } from "./make-drafts.ts";
import { lineSpan } from "../../src/model/position.ts";

const PATH = "lost-names/2013-wiki-server-events.txt";
const TEXT = readFileSync(join(import.meta.dirname, "fixtures", PATH), "utf8");

function wiki(): ReleaseRead {
  const result = wikiTextReader.read(
    { files: [{ path: PATH, text: TEXT }], library: new Map([[PATH, TEXT]]) },
    createDiagnosticSink(),
  );
  return { release: release("2013-wiki"), result };
}

// The 2013 inventory's server problem_check (lines 147–170 of its grid table), and another server
// event with problem_id that must not be taken for it.
const inventoryCheck = draft(
  ["problem_check", "save_problem_check"],
  {
    variant: "server",
    category: "Event Types",
    eventFields: ["answers", "attempts", "correct_map", "problem_id", "state", "success"].map((n) => field(n)),
  },
  147,
);
const inventoryReset = draft(
  ["reset_problem"],
  { category: "Event Types", eventFields: ["new_state", "old_state", "problem_id"].map((n) => field(n)) },
  180,
);

describe("events whose name the text lost", () => {
  test("the reader hands the unnamed rows on, with the nested correct_map table", () => {
    const { result } = wiki();
    expect(result.unnamedEvents?.map((u) => u.eventFields.map((f) => f.name))).toEqual([
      ["problem_id"],
      ["problem_id", "success", "attempts", "correct_map", "state", "answers"],
    ]);
    const correctMap = result.unnamedEvents?.[1]?.eventFields.find((f) => f.name === "correct_map");
    expect(correctMap?.fields.map((f) => f.name)).toEqual([
      "hint",
      "hintmode",
      "correctness",
      "npoints",
      "msg",
      "queuestate",
    ]);
    expect(result.events.map((e) => e.names[0])).toEqual(["reset_problem", "$URL"]);
  });

  test("the field set that one event of the next release documents names it, marked inferred, with a diagnostic", () => {
    const { events, diagnostics } = mergeReleases([wiki(), read("2013-inventory", [inventoryCheck, inventoryReset])]);
    const check = events.find((e) => e.name === "problem_check");
    const fromWiki = check?.snapshots.find((s) => s.release === "2013-wiki");
    expect(fromWiki).toMatchObject({
      names: ["problem_check"],
      variant: "server",
      sources: ["server"],
      provenance: { file: PATH, start: { line: 5 } },
    });
    expect(fromWiki?.eventFields.map((f) => f.name)).toEqual([
      "problem_id",
      "success",
      "attempts",
      "correct_map",
      "state",
      "answers",
    ]);
    expect(fromWiki?.nameEvidence).toMatchObject({
      kind: "inferred",
      release: "2013-inventory",
      provenance: { start: { line: 147 } },
    });
    expect(fromWiki?.nameEvidence?.text).toContain(
      "documented by problem_check (server) in 2013-inventory, and by no other event there",
    );
    const rules = diagnostics.filter((d) => d.release === "2013-wiki").map((d) => [d.rule, d.line]);
    expect(rules).toEqual([
      ["merge/unnamed-event", 4],
      ["merge/inferred-event-name", 5],
    ]);
    expect(diagnostics.find((d) => d.rule === "merge/unnamed-event")?.message).toContain("1 field is too few");
  });

  test("two events of the neighbouring release with all the fields: not named, reported", () => {
    const twin = {
      ...inventoryCheck,
      names: ["problem_rescore"],
      variant: undefined,
      provenance: lineSpan("f.rst", 200, 201),
    };
    const { events, diagnostics } = mergeReleases([wiki(), read("2013-inventory", [inventoryCheck, twin])]);
    expect(
      events
        .flatMap((e) => e.snapshots)
        .filter((s) => s.release === "2013-wiki")
        .map((s) => s.names[0])
        .sort(),
    ).toEqual(["$URL", "reset_problem"]);
    expect(diagnostics.filter((d) => d.rule === "merge/unnamed-event").map((d) => d.message)[1]).toContain(
      "several events of 2013-inventory document them all (problem_check, problem_rescore)",
    );
  });

  test("an event from another source does not name them", () => {
    const browser = { ...inventoryCheck, variant: "browser", sources: ["browser" as const] };
    const { diagnostics } = mergeReleases([wiki(), read("2013-inventory", [browser])]);
    expect(diagnostics.map((d) => d.rule)).not.toContain("merge/inferred-event-name");
  });
});
