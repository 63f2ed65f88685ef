// The diff of neighbouring releases of the default content reports what the documentation really
// changed. Each expectation was checked by reading the two releases' text (content/upstream/…).
import { describe, expect, test } from "vitest";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import type { ReleaseDiff } from "../../src/diff/diff-schema.ts";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";

const { catalog } = await buildCatalogFromManifest("content/releases.json");

function names(diff: ReleaseDiff, kind: "event-added" | "event-removed"): string[] {
  return diff.events
    .filter((e) => e.changes[0]?.kind === kind)
    .map((e) => e.fromName ?? e.toName ?? e.name)
    .sort();
}

function renames(diff: ReleaseDiff): [string | undefined, string | undefined, string | undefined][] {
  return diff.events.flatMap((e) =>
    e.changes
      .filter((c) => c.kind === "event-renamed")
      .map((c): [string | undefined, string | undefined, string | undefined] => [c.from, c.to, c.evidence]),
  );
}

describe("known changes between neighbouring releases", () => {
  test("Quince adds the forum events of moderation and editing, and nothing else changes", () => {
    const diff = diffReleases(catalog, "palm", "quince");
    const verbs = {
      comment: ["deleted", "edited", "reported", "unreported"],
      response: ["deleted", "edited", "mark", "reported", "unmark", "unreported"],
      thread: ["deleted", "edited", "locked", "reported", "unlocked", "unreported"],
    };
    expect(names(diff, "event-added")).toEqual(
      Object.entries(verbs)
        .flatMap(([kind, list]) => list.map((v) => `edx.forum.${kind}.${v}`))
        .sort(),
    );
    expect(diff.summary).toMatchObject({ eventsRemoved: 0, eventsRenamed: 0, eventsChanged: 0, differences: 16 });
  });

  test("the move to docs.openedx.org (Olive → Palm) drops the course-team, PDF, XBlock and open-ended events", () => {
    const diff = diffReleases(catalog, "olive", "palm");
    const dropped = names(diff, "event-removed");
    expect(dropped).toEqual(
      expect.arrayContaining([
        "add-instructor",
        "remove-instructor",
        "rescore-all-submissions",
        "reset-student-attempts",
        "delete-student-module-state",
        "book",
        "microsoft.office.mix.loaded",
        "oppia.exploration.loaded",
        "ubc.peer_instruction.accessed",
        "xblock.poll.submitted",
        "xblock.survey.view_results",
        "oe_show_question",
        "peer_grading_hide_question",
        "staff_grading_show_question",
        "rubric_select",
        "edx.course.enrollment.upgrade.succeeded",
      ]),
    );
    expect(dropped).toHaveLength(37);
    expect(names(diff, "event-added")).toEqual(["openassessment.upload_file_error"]);
    expect(diff.summary.eventsRenamed).toBe(0);
  });

  test("Dogwood's renames are reported as renames, each with its evidence", () => {
    const diff = diffReleases(catalog, "cypress", "dogwood");
    expect(renames(diff).sort()).toEqual([
      ["add_instructor", "add-instructor", "inferred"],
      ["assigned_user_to_partition", "xmodule.partitions.assigned_user_to_partition", "inferred"],
      ["child_render", "xblock.split_test.child_render", "inferred"],
      ["openassessment.create_submission", "openassessmentblock.create_submission", "inferred"],
      ["openassessment.save_submission", "openassessmentblock.save_submission", "inferred"],
      ["remove_instructor", "remove-instructor", "inferred"],
      ["show_answer", "showanswer", "stated"],
      ["textbook.pdf.display.scrolled", "textbook.pdf.page.scrolled", "inferred"],
      ["textbook.pdf.search.casesensitivity.toggled", "textbook.pdf.searchcasesensitivity.toggled", "inferred"],
    ]);
    expect(names(diff, "event-removed")).toEqual([]);
  });

  test("Eucalyptus: the sequence events move to edx.ui.lms.sequence.*, as its History states", () => {
    const diff = diffReleases(catalog, "2016-04-26", "eucalyptus");
    expect(renames(diff).sort()).toEqual([
      ["seq_goto", "edx.ui.lms.sequence.tab_selected", "stated"],
      ["seq_next", "edx.ui.lms.sequence.next_selected", "stated"],
      ["seq_prev", "edx.ui.lms.sequence.previous_selected", "stated"],
    ]);
    // The 2016 guide's clipped exam field names are the same fields: no field change names them.
    const paths = diff.events.flatMap((e) => e.changes.flatMap((c) => (c.path ? [c.path] : [])));
    expect(paths.filter((p) => /time_limit|elapsed|allowed_time/.test(p))).toEqual([]);
  });

  test("releases whose text is identical differ in nothing", () => {
    for (const [a, b] of [
      ["hawthorn", "ironwood"],
      ["koa", "lilac"],
      ["nutmeg", "olive"],
      ["quince", "redwood"],
      ["teak", "ulmo"],
      ["ulmo", "main"],
    ] as const) {
      expect(diffReleases(catalog, a, b).summary.differences, `${a} → ${b}`).toBe(0);
    }
  });

  test("the wiki's server rows without event_type are the server problem_check of the 2013 inventory", () => {
    const check = catalog.events.find((e) => e.name === "problem_check");
    const wiki = check?.snapshots
      .filter((s) => s.release === "2013-wiki")
      .map((s) => [s.variant, s.nameEvidence?.kind, s.nameEvidence?.release]);
    expect(wiki).toEqual([
      ["browser", undefined, undefined],
      ["server", "inferred", "2013-inventory"],
    ]);
    expect(
      diffReleases(catalog, "2013-wiki", "2013-inventory")
        .events.find((e) => e.name === "problem_check")
        ?.changes.map((c) => c.kind),
    ).not.toContain("variants-changed");
  });
});
