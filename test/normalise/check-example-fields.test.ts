// The docs' own examples against their own field tables: fixtures cut from the 2014 and 2016
// enrollment examples and their tables, small hand-made lines for each case, and the pass run on
// the real 2014-05 chapter, where the example's `"page": null` contradicts the common field table.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../../src/model/diagnostic-schema.ts";
import { checkExampleFields, documentedLevels } from "../../src/normalise/check-example-fields.ts";
import { compareExample, type DocumentedLevels } from "../../src/normalise/example-fields.ts";
import { fieldAdmits } from "../../src/normalise/value-types.ts";
import { rstReader } from "../../src/readers/rst/rst-reader.ts";
import { draft, field, rich } from "../merge/make-drafts.ts";

// The 2016 guide's common fields and the enrollment events' member-field table (lines 3413-3417).
const enrollment: DocumentedLevels = {
  common: [
    "username",
    "event_source",
    "name",
    "accept_language",
    "time",
    "agent",
    "page",
    "host",
    "session",
    "ip",
    "event_type",
    "referer",
  ].map((n) => field(n)),
  context: [field("user_id", { type: "number" }), field("org_id"), field("course_id"), field("path")],
  contextListed: true,
  event: [
    field("course_id"),
    field("mode", { values: ["audit", "honor", "professional", "verified"] }),
    field("user_id", { type: "number" }),
  ],
};

describe("compareExample", () => {
  test("the 2016 enrollment example: `referrer` is not a documented common field, `page: null` is not a string", () => {
    // Cut from the 2016 guide, lines 3421-3430.
    const example = {
      username: "AAAAAAAAAA",
      event_source: "server",
      name: "edx.course.enrollment.deactivated",
      referrer: "http://localhost:8001/container/i4x://edX/DemoX/vertical/69dedd38233a46fc89",
      accept_language: "en-US,en;q=0.8",
      time: "2014-01-26T00:28:28.388782+00:00",
      page: null,
      context: { user_id: 9999999, org_id: "edX", course_id: "edX\\DemoX\\Demo_Course", path: "\\change_enrollment" },
      event: { course_id: "edX/DemoX/Demo_Course", user_id: 9999999, mode: "honor" },
    };
    expect(compareExample(example, enrollment).map((f) => [f.kind, f.path])).toEqual([
      ["undocumented-field", "referrer"],
      ["type-mismatch", "page"],
    ]);
  });

  test("a number sent as a string is its own finding; an integer is a number", () => {
    const findings = compareExample(
      { event_type: "x", event: { user_id: "9999999", course_id: "c" }, context: { user_id: 5 } },
      enrollment,
    );
    expect(findings).toEqual([
      {
        kind: "type-mismatch",
        path: "event.user_id",
        key: "user_id",
        message: 'field "event.user_id" is documented as number, the example gives string "9999999"',
      },
    ]);
  });

  test("a browser event's payload given as a JSON string is parsed and compared", () => {
    const findings = compareExample(
      { event_type: "x", event: JSON.stringify({ mode: "honor", extra: 1 }) },
      enrollment,
    );
    expect(findings.map((f) => f.path)).toEqual(["event.extra"]);
  });

  test("a bare payload (no line members) is compared with the event's member fields", () => {
    expect(compareExample({ course_id: "c", user_id: true }, enrollment).map((f) => `${f.kind} ${f.path}`)).toEqual([
      "type-mismatch event.user_id",
    ]);
  });

  test("an object keyed by ids collapses to one `*` level, as `correct_map` is documented", () => {
    const levels: DocumentedLevels = {
      common: [],
      context: [],
      contextListed: false,
      event: [
        field("correct_map", {
          type: "object",
          description: rich("For each problem ID value listed by answers, provides:"),
          fields: [field("correctness", { values: ["correct", "incorrect"] }), field("npoints", { type: "integer" })],
        }),
      ],
    };
    const example = {
      event_type: "problem_check",
      event: { correct_map: { "i4x-MITx-6_002x-problem-1_2_1": { correctness: "correct", npoints: "1", hintx: "" } } },
    };
    expect(compareExample(example, levels).map((f) => `${f.kind} ${f.path}`)).toEqual([
      "type-mismatch event.correct_map.*.npoints",
      "undocumented-field event.correct_map.*.hintx",
    ]);
  });

  test("a level the release does not document is not compared (the 2023 page has no common-fields table)", () => {
    const levels: DocumentedLevels = {
      common: [],
      context: [],
      contextListed: false,
      event: [field("target_tab", { type: "integer" })],
    };
    expect(
      compareExample({ username: "honor", whatever: 1, context: { anything: true }, event: { target_tab: 7 } }, levels),
    ).toEqual([]);
  });

  test("without the common context members, an event's own context fields are type-checked and other members not reported", () => {
    const levels: DocumentedLevels = { common: [], context: [field("path")], contextListed: false, event: [] };
    const example = {
      event_type: "edx.course.enrollment.activated",
      context: { course_id: "edX/DemoX/Demo_Course", path: 7 },
    };
    expect(compareExample(example, levels).map((f) => `${f.kind} ${f.path}`)).toEqual(["type-mismatch context.path"]);
  });

  test("null is admitted only where nullability is stated; unknown admits anything", () => {
    expect(fieldAdmits(field("a", { nullable: true }), null)).toBe(true);
    expect(fieldAdmits(field("a"), null)).toBe(false);
    expect(fieldAdmits(field("a", { type: "unknown" }), [1])).toBe(true);
    expect(fieldAdmits(field("a", { type: "integer" }), 1.5)).toBe(false);
    expect(fieldAdmits(field("a", { type: "number" }), 2)).toBe(true);
    expect(fieldAdmits(field("a", { type: "datetime" }), "2014-01-26T00:28:28.388782+00:00")).toBe(true);
    expect(fieldAdmits(field("a", { type: "string", typeAlternatives: ["string", "object"] }), {})).toBe(true);
  });

  test("the context level joins the release's common context members and the event's own", () => {
    const levels = documentedLevels(draft(["e"], { contextFields: [field("module", { type: "object" })] }), [
      field("context", { type: "object", fields: [field("course_id"), field("user_id", { type: "number" })] }),
    ]);
    expect(levels.context.map((f) => f.name)).toEqual(["module", "course_id", "user_id"]);
  });
});

describe("checkExampleFields on the 2014-05 chapter", () => {
  const path = "sources/2014-05-tracking-logs.rst";
  const text = readFileSync(`content/${path}`, "utf8");
  const sink = createDiagnosticSink();
  const result = rstReader.read({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  const before = sink.diagnostics.length;
  const reported = checkExampleFields(result, new Map([[path, text]]), sink);
  const found: readonly Diagnostic[] = sink.diagnostics.slice(before);

  test('reports the enrollment example\'s `"page": null` at its line, once per event sharing the example', () => {
    expect(reported).toBe(found.length);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      `${path}:400:5 example/type-mismatch`,
      `${path}:400:5 example/type-mismatch`,
    ]);
    expect(text.split("\n")[399]).toContain('"page": null');
    expect(found[0]?.message).toBe(
      'example of edx.course.enrollment.activated: field "page" is documented as string, the example gives null',
    );
  });
});
