import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createLogChecker } from "../../src/check/log-checker.ts";
import { renderCheckText } from "../../src/check/render-check.ts";
import type { CheckReport, EventReport } from "../../src/check/report-schema.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import { defaultCatalog } from "./default-catalog.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
let catalog: Catalog;
beforeAll(async () => {
  catalog = await defaultCatalog();
}, 60_000);

function check(file: string, release: string): CheckReport {
  const checker = createLogChecker(catalog, { release });
  readFileSync(join(FIXTURES, file), "utf8")
    .split("\n")
    .forEach((line, i) => checker.addLine(line, i + 1, file));
  return checker.report();
}

function event(report: CheckReport, eventType: string, source?: string): EventReport {
  const found = report.events.find(
    (e) => e.eventType === eventType && (source === undefined || e.eventSource === source),
  );
  if (!found) throw new Error(`no event ${eventType} in ${report.events.map((e) => e.eventType).join(", ")}`);
  return found;
}

function field(e: EventReport, path: string) {
  const found = e.fields.find((f) => f.path === path);
  if (!found) throw new Error(`no path ${path} in ${e.fields.map((f) => f.path).join(", ")}`);
  return found;
}

describe("check: the docs' own examples", () => {
  test("the 2014-05 enrollment example is documented there, payload and context included", () => {
    const report = check("docs-examples.jsonl", "2014-05");
    const enrollment = event(report, "edx.course.enrollment.activated");
    expect(enrollment.status).toBe("documented");
    expect(enrollment.resolvedBy).toBe("name");
    expect(field(enrollment, "event.mode").status).toBe("documented");
    expect(field(enrollment, "context.course_id").status).toBe("documented");
  });

  test("a browser event whose payload is a JSON string is read as its object", () => {
    const report = check("docs-examples.jsonl", "2016-04-26");
    const bumper = event(report, "edx.video.bumper.played");
    expect(bumper.status).toBe("documented");
    expect(field(bumper, "event.duration").observed.map((o) => o.type)).toEqual(["number"]);
    expect(field(bumper, "event.host_component_id").status).toBe("documented");
  });

  test("events added after the chosen release say when they were added", () => {
    const report = check("docs-examples.jsonl", "2014-05");
    const bumper = event(report, "edx.video.bumper.played");
    expect(bumper.status).toBe("added-later");
    // The release that first documents it: the 2016 guide, or an Open edX release of that time.
    const first = catalog.events.find((e) => e.id === bumper.eventId)?.firstRelease;
    expect(bumper.note).toBe(`added in ${first}`);
    const order = catalog.releases.map((r) => r.id);
    expect(order.indexOf(first ?? "")).toBeGreaterThan(order.indexOf("2014-05"));
    expect(order.indexOf(first ?? "")).toBeLessThanOrEqual(order.indexOf("2016-04-26"));
    const finding = report.findings.find(
      (f) => f.rule === "check/added-later" && f.eventType === "edx.video.bumper.played",
    );
    expect(finding?.example).toEqual({ file: "docs-examples.jsonl", line: 2 });
  });

  test("an event of a part the release does not cover is answered from the newest release that documents it", () => {
    // 2013-wiki holds only part of the docs of its time; the enrollment events are not in it.
    const report = check("docs-examples.jsonl", "2013-wiki");
    const enrollment = event(report, "edx.course.enrollment.activated");
    expect(enrollment.status).toBe("not-covered");
    expect(enrollment.fieldsFrom).toBe(enrollment.lastRelease);
    expect(enrollment.note).toContain(`checked against ${enrollment.lastRelease}`);
    expect(report.findings.find((f) => f.eventType === "edx.course.enrollment.activated")?.severity).toBe("info");
  });
});

describe("check: names", () => {
  test("a mobile event posted to a URL resolves through its name member; its event_type names it too", () => {
    const report = check("mobile-name.jsonl", "2016-04-26");
    const viaName = event(report, "/segment/event");
    expect(viaName.status).toBe("documented");
    expect(viaName.resolvedBy).toBe("name-field");
    expect(viaName.canonicalName).toBe("play_video");
    const viaAlias = event(report, "edx.video.played");
    // 2016-04-26 writes the mobile name beside play_video; the catalog also records it as its alias.
    expect(viaAlias.canonicalName).toBe("play_video");
    expect(catalog.events.find((e) => e.name === "play_video")?.aliases.map((a) => a.relation)).toContain(
      "mobile-name",
    );
    expect(report.findings.some((f) => f.rule === "check/undocumented-event")).toBe(false);
  });

  test("a documented oe_ name resolves to its own event; an oe_ name no release documents, by the inventory's pattern", () => {
    const report = check("pattern-names.jsonl", "2013-inventory");
    const shown = event(report, "oe_show_question");
    expect(shown).toMatchObject({ resolvedBy: "name", canonicalName: "oe_show_question", status: "documented" });
    expect(shown.pattern).toBeUndefined();
    const generated = event(report, "oe_hide_rubric");
    expect(generated).toMatchObject({
      resolvedBy: "pattern",
      pattern: "oe_[generated_event_type]",
      canonicalName: "oe_[generated_event_type]",
      status: "documented",
    });
    expect(renderCheckText(report)).toContain("oe_hide_rubric [browser] → oe_[generated_event_type] (by its pattern)");
  });

  test("a special exam type no release names resolves by the {special exam type} pattern of the sharing sentences", () => {
    const report = check("pattern-names.jsonl", "main");
    const onboarding = event(report, "edx.special_exam.onboarding.created");
    expect(onboarding.resolvedBy).toBe("pattern");
    expect(onboarding.pattern).toBe("edx.special_exam.{special exam type}.created");
    expect(onboarding.canonicalName).toMatch(/^edx\.special_exam\.(practice|proctored|timed)\.created$/);
    expect(field(onboarding, "event.exam_is_proctored").status).toBe("documented");
    // The status is the covering event's; the note says the name itself is in no release.
    expect(onboarding.note).toBe("this name itself is documented in no release");
    expect(event(report, "oe_show_question").note ?? "").not.toContain("documented in no release");
    expect(renderCheckText(report)).toContain(
      `edx.special_exam.onboarding.created [server] → ${onboarding.canonicalName} (by the pattern edx.special_exam.{special exam type}.created)`,
    );
  });

  test("URL paths are page views, grouped, not undocumented events", () => {
    const report = check("page-views.jsonl", "2016-04-26");
    expect(report.events).toHaveLength(1);
    const views = event(report, "(page view)");
    expect(views.status).toBe("page-view");
    expect(views.lines).toBe(3);
    expect(views.exampleEventType).toBe("/courses/edX/DemoX/Demo_Course/courseware/interactive_demonstrations/");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("check: field paths and types", () => {
  test("objects keyed by answer ids collapse to one * level, checked against the documented nested fields", () => {
    const report = check("id-keyed-and-types.jsonl", "2014-05");
    const server = event(report, "problem_check", "server");
    expect(server.fields.map((f) => f.path)).toContain("event.correct_map.*.correctness");
    expect(server.fields.some((f) => f.path.includes("a0effb954cca"))).toBe(false);
    expect(field(server, "event.correct_map.*.correctness").status).toBe("documented");
    expect(field(server, "event.answers.*").count).toBe(3);
    expect(field(server, "event.answers.*").observed.map((o) => o.type)).toEqual(["string", "array"]);
    expect(field(server, "event.submission.*.response_type").status).toBe("documented");
    expect(field(server, "event.state.seed").status).toBe("inside-documented-object");
    const undocumented = report.findings.filter((f) => f.rule === "check/undocumented-field").map((f) => f.path);
    expect(undocumented).toContain("event.correct_map.*.answervariable");
  });

  test("a number sent as a string is its own finding; another type is a type mismatch", () => {
    const report = check("id-keyed-and-types.jsonl", "2014-05");
    const asString = report.findings.find((f) => f.rule === "check/number-as-string" && f.path === "event.attempts");
    expect(asString).toMatchObject({ count: 1, example: { line: 1 } });
    const mismatch = report.findings.find((f) => f.rule === "check/type-mismatch" && f.path === "event.grade");
    expect(mismatch).toMatchObject({ count: 1, example: { line: 2 } });
    expect(mismatch?.message).toContain("documented as integer but holds boolean");
    const server = event(report, "problem_check", "server");
    expect(field(server, "event.attempts").observed).toEqual([
      { type: "numeric-string", count: 1, example: { file: "id-keyed-and-types.jsonl", line: 1 }, matches: false },
      { type: "number", count: 1, example: { file: "id-keyed-and-types.jsonl", line: 2 }, matches: true },
    ]);
  });

  test("the browser variant of a name is checked apart from the server one; a plain-text payload has no paths", () => {
    const report = check("id-keyed-and-types.jsonl", "2014-05");
    const browser = event(report, "problem_check", "browser");
    expect(browser.status).toBe("documented");
    expect(browser.fields).toEqual([]);
  });
});

describe("check: lines that cannot be read", () => {
  test("a line that is not JSON, or not an object, is reported with file:line:column and the check goes on", () => {
    const report = check("broken-lines.jsonl", "2016-04-26");
    expect(report.invalidLines).toEqual([
      {
        file: "broken-lines.jsonl",
        line: 2,
        column: 54,
        rule: "check/invalid-json",
        message: expect.stringMatching(/^not JSON: /),
      },
      {
        file: "broken-lines.jsonl",
        line: 4,
        column: 1,
        rule: "check/not-an-object",
        message: "the line is JSON (an array), not an object",
      },
      {
        file: "broken-lines.jsonl",
        line: 5,
        column: 1,
        rule: "check/not-an-object",
        message: "the line is JSON (a string), not an object",
      },
    ]);
    expect(report.totals).toMatchObject({ lines: 6, events: 3, invalidLines: 3 });
    expect(report.findings.find((f) => f.rule === "check/missing-event-type")).toMatchObject({
      count: 1,
      example: { line: 6 },
    });
    expect(report.findings.find((f) => f.rule === "check/undocumented-event")).toMatchObject({
      eventType: "nosuch.event.type",
      example: { line: 7 },
    });
    expect(event(report, "edx.course.enrollment.activated").status).toBe("documented");
  });
});

describe("check: report", () => {
  test("findings come most frequent first", () => {
    const report = check("id-keyed-and-types.jsonl", "2014-05");
    const counts = report.findings.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("every release is rated, best match first", () => {
    const report = check("docs-examples.jsonl", "2016-04-26");
    expect(report.consistency.map((c) => c.release).sort()).toEqual(catalog.releases.map((r) => r.id).sort());
    const scores = report.consistency.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(report.consistency.find((c) => c.release === "2013-wiki")?.eventTypes.share).toBe(0);
  });

  test("an unknown release is refused", () => {
    expect(() => createLogChecker(catalog, { release: "no-such-release" })).toThrow(RangeError);
  });
});
