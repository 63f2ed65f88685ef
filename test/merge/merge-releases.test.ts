import { describe, expect, test } from "vitest";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import { draft, field, history, read, rich } from "./make-drafts.ts";
import { lineSpan, positionAt } from "../../src/model/position.ts";

const PRIOR_TO = "Prior to 15 Oct 2013, this server-emitted event was named save_problem_check.";

describe("identity across releases", () => {
  test("the same name in several releases is one event, snapshots oldest first", () => {
    const { events } = mergeReleases([
      read("r1", [draft(["seq_goto"], { category: "Navigational Events" })]),
      read("r2", [draft(["seq_goto"], { category: "Course Navigation Events" })]),
    ]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e?.snapshots.map((s) => s.release)).toEqual(["r1", "r2"]);
    expect(e).toMatchObject({ id: "seq_goto", name: "seq_goto", firstRelease: "r1", lastRelease: "r2" });
    expect(e?.category).toBe("Course Navigation Events");
    expect(e?.aliases).toEqual([]);
  });

  test("a former name stated in History joins the older event, with the sentence as evidence", () => {
    const stated = history(PRIOR_TO, "renamed", ["save_problem_check"]);
    const { events } = mergeReleases([
      read("2013-inventory", [draft(["save_problem_check"])]),
      read("2014-05", [
        draft(["problem_check"], { variant: "browser", sources: ["browser"] }, 20),
        draft(["problem_check"], { variant: "server", history: [stated] }, 30),
      ]),
    ]);
    expect(events.map((e) => e.name)).toEqual(["problem_check"]);
    const [e] = events;
    expect(e?.snapshots.map((s) => [s.release, s.variant ?? null])).toEqual([
      ["2013-inventory", null],
      ["2014-05", "browser"],
      ["2014-05", "server"],
    ]);
    expect(e?.aliases).toEqual([
      {
        name: "save_problem_check",
        relation: "former-name",
        evidence: [{ kind: "stated", release: "2014-05", text: PRIOR_TO, provenance: lineSpan("f.rst", 30, 31) }],
      },
    ]);
  });

  test("a former name stated but never documented on its own is still an alias", () => {
    const text = "Prior to 15 Oct 2013, this event was named save_problem_check_fail.";
    const { events } = mergeReleases([read("2014-05", [draft(["problem_check_fail"], { history: [history(text)] })])]);
    expect(events[0]?.aliases.map((a) => [a.name, a.relation, a.evidence[0]?.kind])).toEqual([
      ["save_problem_check_fail", "former-name", "stated"],
    ]);
  });

  test("a slash pair of an older table joins both later spellings", () => {
    const { events } = mergeReleases([
      read("2013-inventory", [draft(["showanswer", "show_answer"])]),
      read("2014-05", [
        draft(["show_answer"], { history: [history("The original name for this event was showanswer.")] }),
      ]),
      read("2016-04-26", [draft(["showanswer"])]),
    ]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e?.name).toBe("showanswer");
    expect(e?.snapshots).toHaveLength(3);
    const alias = e?.aliases[0];
    expect(alias?.name).toBe("show_answer");
    // 2014-05 says showanswer was the original name: from the canonical name, show_answer came later.
    expect(alias?.relation).toBe("later-name");
    expect(alias?.evidence.map((ev) => [ev.kind, ev.release ?? null])).toEqual([
      ["stated", "2014-05"],
      ["inferred", "2013-inventory"],
      ["inferred", null],
    ]);
    expect(alias?.evidence[1]?.text).toContain('"showanswer / show_answer"');
  });

  test("a mobile name stated as the `name` value joins its own title of the same release", () => {
    const text =
      "In addition to the identifying event_type of play_video, events that the edX mobile app emits also include a name field with a value of edx.video.played.";
    const shared = {
      category: "Video Interaction Events",
      sources: ["browser", "mobile"] as ("browser" | "mobile")[],
      description: rich(text),
    };
    const { events } = mergeReleases([
      read("2014-05", [draft(["play_video"], { category: "Video Interaction Events" })]),
      read("2016-04-26", [draft(["play_video"], shared, 40), draft(["edx.video.played"], shared, 40)]),
    ]);
    expect(events.map((e) => e.name)).toEqual(["play_video"]);
    expect(events[0]?.snapshots).toHaveLength(3);
    expect(events[0]?.aliases).toEqual([
      {
        name: "edx.video.played",
        relation: "mobile-name",
        evidence: [{ kind: "stated", release: "2016-04-26", text, provenance: lineSpan("f.rst", 40, 41) }],
      },
    ]);
  });

  test("one sentence naming two former names is paired by spelling", () => {
    const text = "These events were previously named oe_hide_problem and oe_show_problem.";
    const { events } = mergeReleases([
      read("r1", [draft(["oe_hide_problem"]), draft(["oe_show_problem"])]),
      read("r2", [
        draft(["oe_hide_question"], { history: [history(text)] }),
        draft(["oe_show_question"], { history: [history(text)] }),
      ]),
    ]);
    expect(events.map((e) => [e.name, e.aliases.map((a) => a.name)])).toEqual([
      ["oe_hide_question", ["oe_hide_problem"]],
      ["oe_show_question", ["oe_show_problem"]],
    ]);
    expect(events[0]?.aliases[0]?.evidence.map((ev) => ev.kind)).toEqual(["stated", "inferred"]);
  });

  test("names differing only in separators are joined by an inferred rule", () => {
    const { events } = mergeReleases([read("r1", [draft(["show_answer"])]), read("r2", [draft(["showanswer"])])]);
    expect(events).toHaveLength(1);
    expect(events[0]?.aliases[0]).toMatchObject({ name: "show_answer", relation: "alternate-spelling" });
    expect(events[0]?.aliases[0]?.evidence[0]?.kind).toBe("inferred");
  });

  test("a link that would join two events one release keeps apart is refused and reported", () => {
    const { events, diagnostics } = mergeReleases([
      read("r1", [draft(["problem_check"]), draft(["save_problem_check"], {}, 12)]),
      read("r2", [draft(["problem_check"], { history: [history(PRIOR_TO)] })]),
    ]);
    expect(events.map((e) => e.name)).toEqual(["problem_check", "save_problem_check"]);
    expect(diagnostics.map((d) => d.rule)).toEqual(["merge/identity-conflict"]);
    expect(diagnostics[0]?.message).toContain("save_problem_check");
  });
});

describe("status and coverage", () => {
  const video = { category: "Video Interaction Events" };
  test("absent from a later release that covers its part: no longer documented", () => {
    const { events } = mergeReleases([
      read("r1", [draft(["load_video"], video), draft(["play_video"], video)]),
      read("r2", [draft(["play_video"], video)]),
    ]);
    expect(events.map((e) => [e.name, e.status, e.lastRelease])).toEqual([
      ["load_video", "no-longer-documented", "r1"],
      ["play_video", "documented", "r2"],
    ]);
  });

  test("absent from a release that does not cover its audience: still documented", () => {
    const { events } = mergeReleases([
      read("r1", [
        draft(["add-instructor"], { audience: "course-team", category: "Instructor Events" }),
        draft(["play_video"], video),
      ]),
      read("r2", [draft(["play_video"], video)], {}, { audiences: ["student"], partial: true }),
    ]);
    expect(events.find((e) => e.name === "add-instructor")?.status).toBe("documented");
  });

  test("a truncated release covers neither the categories after its cut nor the category it stops in", () => {
    const problem = { category: "Problem Interaction Events" };
    const { events } = mergeReleases([
      read("r1", [
        draft(["load_video"], video),
        draft(["problem_check"], problem),
        draft(["problem_graded"], problem),
        draft(["seq_goto"], { category: "Navigational Events" }),
      ]),
      read(
        "r2",
        [draft(["play_video"], video, 1), draft(["problem_check"], problem, 5)],
        { truncation: { position: positionAt("f.rst", 6, 40), lastText: "The" } },
        { audiences: ["student"], partial: true, truncated: true },
      ),
    ]);
    const status = Object.fromEntries(events.map((e) => [e.name, e.status]));
    expect(status).toEqual({
      load_video: "no-longer-documented",
      play_video: "documented",
      problem_check: "documented",
      problem_graded: "documented",
      seq_goto: "documented",
    });
  });

  test("a release marking its newest snapshot deprecated gives status deprecated", () => {
    const { events } = mergeReleases([read("r1", [draft(["oe_hide_question"], { deprecated: true })])]);
    expect(events[0]?.status).toBe("deprecated");
  });
});

describe("ids, diagnostics, common fields, determinism", () => {
  test("ids are unique: a collision gets a numeric suffix and an info diagnostic", () => {
    const { events, diagnostics } = mergeReleases([
      read("r1", [draft(["Problem_Check"]), draft(["problem_check"], {}, 12)]),
    ]);
    expect(events.map((e) => [e.id, e.name])).toEqual([
      ["problem_check", "Problem_Check"],
      ["problem_check-2", "problem_check"],
    ]);
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([["merge/id-collision", "info"]]);
  });

  test("one name documented twice without variants is kept twice and reported", () => {
    const { events, diagnostics } = mergeReleases([read("r1", [draft(["book"]), draft(["book"], {}, 50)])]);
    expect(events[0]?.snapshots).toHaveLength(2);
    expect(diagnostics.map((d) => [d.rule, d.release, d.line])).toEqual([["merge/duplicate-event", "r1", 50]]);
  });

  test("common fields merge by name, oldest first; a repeat within a release is reported", () => {
    const { commonFields, diagnostics } = mergeReleases([
      read("r1", [], { commonFields: [field("username"), field("ip")] }),
      read("r2", [], { commonFields: [field("username", { type: "string" }), field("session"), field("session")] }),
    ]);
    expect(commonFields.map((c) => [c.name, c.snapshots.map((s) => s.release)])).toEqual([
      ["username", ["r1", "r2"]],
      ["ip", ["r1"]],
      ["session", ["r2"]],
    ]);
    expect(diagnostics.map((d) => d.rule)).toEqual(["merge/duplicate-common-field"]);
  });

  test("nothing is dropped and the output does not depend on anything but the input", () => {
    const input = [
      read("r1", [draft(["showanswer", "show_answer"]), draft(["seq_goto"]), draft(["book"])]),
      read("r2", [draft(["show_answer"]), draft(["seq_next"]), draft(["seq_prev"])]),
    ];
    const a = mergeReleases(input);
    const b = mergeReleases(input);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.events.flatMap((e) => e.snapshots)).toHaveLength(6);
    expect(a.events.map((e) => e.id)).toEqual([...a.events.map((e) => e.id)].sort());
  });
});

describe("mobile names written in the title", () => {
  test("a title naming both, with the `name` sentence, gives a stated mobile name before the slash-pair rule", () => {
    const text =
      "In addition to the identifying event_type of hide_transcript, events that the edX mobile app emits also include a name field with a value of edx.video.transcript.hidden.";
    const { events } = mergeReleases([
      read("2016-04-26", [draft(["hide_transcript", "edx.video.transcript.hidden"], { description: rich(text) })]),
    ]);
    expect(events.map((e) => e.name)).toEqual(["hide_transcript"]);
    const alias = events[0]?.aliases[0];
    expect(alias?.relation).toBe("mobile-name");
    expect(alias?.evidence.map((e) => [e.kind, e.text.slice(0, 30)])).toEqual([
      ["stated", "In addition to the identifying"],
      ["inferred", "Rule: names that head one entr"],
    ]);
  });
});

test("the other wording of the mobile name: the value X in the `name` field", () => {
  const text =
    "In addition to the value seek_video in the event_type field, the events that the edX mobile app emits include the value edx.video.position.changed in the name field.";
  const { events } = mergeReleases([
    read("2016-04-26", [draft(["seek_video", "edx.video.position.changed"], { description: rich(text) })]),
  ]);
  expect(events[0]?.aliases.map((a) => [a.name, a.relation, a.evidence[0]?.text])).toEqual([
    ["edx.video.position.changed", "mobile-name", text],
  ]);
});

test("a History sentence about a field does not rename the event", () => {
  const text = "Renamed on 16 Oct 2014 from child-id to child_id.";
  const other = "Prior to 5 Mar 2014, the module field was named location.";
  const { events } = mergeReleases([
    read("r1", [draft(["location"])]),
    read("r2", [draft(["seq_goto"], { history: [history(text, "renamed"), history(other)] })]),
  ]);
  expect(events.map((e) => [e.name, e.aliases.length])).toEqual([
    ["location", 0],
    ["seq_goto", 0],
  ]);
});
