// Field names the PDF conversion of the 2016 guide clipped (its lines 4691–4700), related to the
// full names the RST of Eucalyptus gives the same fields of the same event (special_exam_events.rst,
// the shared attempt fields from line 41).
import { describe, expect, test } from "vitest";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import { isClippedName } from "../../src/merge/clipped-fields.ts";
import type { ReleaseRead } from "../../src/normalise/release-read.ts";
import type { ReleaseSource } from "../../src/model/release-schema.ts";
import { catalogOf } from "../diff/make-catalog.ts";
import { draft, field, read, rich } from "./make-drafts.ts";

const ALLOWED = "The amount of time, in minutes, that the learner has to complete the exam.";
const ELAPSED =
  "The number of seconds that passed between the time the learner started the exam and the time the event was emitted.";
const DEFAULT = "The standard amount of time, in minutes, that learners have to complete the exam.";
const ATTEMPT_ID = "The ID of the exam attempt.";

function source(format: ReleaseSource["format"]): ReleaseSource {
  const coverage = { lines: 1, linesUsed: 1, characters: 1, charactersUsed: 1, ratio: 1, skipped: [] };
  return { path: `x.${format}`, format, formatDetected: false, sha256: "0".repeat(64), bytes: 1, coverage };
}

function attemptCreated(names: readonly [string, string, string], description = ALLOWED): ReturnType<typeof draft> {
  const [allowed, elapsed, limit] = names;
  return draft(["edx.special_exam.timed.attempt.created"], {
    category: "Timed Exam Events",
    eventFields: [
      field("attempt_id", { type: "integer", description: rich(ATTEMPT_ID) }),
      field(allowed, { type: "number", description: rich(description) }),
      field(elapsed, { type: "number", description: rich(ELAPSED) }),
      field(limit, { type: "number", description: rich(DEFAULT) }),
    ],
  });
}

function releases(
  pdfNames: readonly [string, string, string],
  description = ALLOWED,
  pdfFormat: ReleaseSource["format"] = "pdf-text",
): ReleaseRead[] {
  const pdf = read("2016-04-26", [attemptCreated(pdfNames, description)]);
  pdf.release.sources = [source(pdfFormat)];
  const rst = read("eucalyptus", [
    attemptCreated([
      "attempt_allowed_time_limit_mins",
      "attempt_event_elapsed_time_secs",
      "exam_default_time_limit_mins",
    ]),
  ]);
  rst.release.sources = [source("rst")];
  return [pdf, rst];
}

const CLIPPED = ["attempt_allowed_time", "attempt_event_elapsed", "exam_default_time_limit"] as const;

describe("field names clipped by the PDF conversion", () => {
  test("the name stays as written and gains its full name as an alias, with evidence", () => {
    const catalog = catalogOf(releases(CLIPPED));
    const pdf = catalog.events[0]?.snapshots.find((s) => s.release === "2016-04-26");
    expect(
      pdf?.eventFields.map((f) => [
        f.name,
        f.aliases?.map((a) => [a.name, a.relation, a.evidence[0]?.kind, a.evidence[0]?.release]),
      ]),
    ).toEqual([
      ["attempt_id", undefined],
      ["attempt_allowed_time", [["attempt_allowed_time_limit_mins", "full-name", "inferred", "eucalyptus"]]],
      ["attempt_event_elapsed", [["attempt_event_elapsed_time_secs", "full-name", "inferred", "eucalyptus"]]],
      ["exam_default_time_limit", [["exam_default_time_limit_mins", "full-name", "inferred", "eucalyptus"]]],
    ]);
    expect(pdf?.eventFields[1]?.aliases?.[0]?.evidence[0]?.text).toContain(
      'release 2016-04-26 writes "attempt_allowed_time", eucalyptus writes "attempt_allowed_time_limit_mins"',
    );
  });

  test("the diff compares them under the real name: no field added, removed or renamed", () => {
    const diff = diffReleases(catalogOf(releases(CLIPPED)), "2016-04-26", "eucalyptus");
    expect(diff.events).toEqual([]);
  });

  test("a different description, or a release not converted from PDF, keeps the names apart", () => {
    const other = catalogOf(releases(CLIPPED, "The time allowed."));
    expect(other.events[0]?.snapshots[0]?.eventFields[1]?.aliases).toBeUndefined();
    const rst = catalogOf(releases(CLIPPED, ALLOWED, "rst"));
    expect(rst.events[0]?.snapshots[0]?.eventFields.some((f) => f.aliases !== undefined)).toBe(false);
  });

  test.each([
    ["exam_default_time_limit", "exam_default_time_limit_mins", true],
    ["attempt_allowed_time", "attempt_allowed_time_limit_mins", true],
    ["attempt_event_elapsed", "attempt_event_elapsed_time_secs", true],
    ["attempt", "attempt_id", true],
    ["attempt_allowed_tim", "attempt_allowed_time_limit_mins", false],
    ["exam_default_time_limit_mins", "exam_default_time_limit_mins", false],
  ])("%s clips %s: %s", (short, long, clipped) => {
    expect(isClippedName(short, long)).toBe(clipped);
  });
});
