// The normalise passes as the pipeline runs them: their order, and each one's effect on what the
// RST reader reads from a cut of the 2014-05 chapter (read-fixture.ts).
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { spanAt } from "../../src/model/position.ts";
import { normalisePasses, runNormalisePasses } from "../../src/normalise/passes.ts";
import type { SourcesRead } from "../../src/normalise/release-read.ts";
import { draft, field, rich } from "../merge/make-drafts.ts";
import { readEnrollment } from "./read-fixture.ts";

function runPass(name: string, read: SourcesRead) {
  const pass = normalisePasses.find((p) => p.name === name);
  if (!pass) throw new Error(`no pass ${name}`);
  const sink = createDiagnosticSink();
  return { read: pass.run(read, sink), diagnostics: sink.diagnostics };
}

describe("the normalise passes", () => {
  test("run in the documented order", () => {
    expect(normalisePasses.map((p) => p.name)).toEqual([
      "source-coverage",
      "invalid-examples",
      "shared-fields",
      "infer-sources",
      "example-fields",
    ]);
  });

  test("source-coverage records each file with how it was read and how much of it was used", () => {
    const { read, diagnostics } = runPass("source-coverage", readEnrollment());
    expect(read.sources.map((s) => [s.path, s.format, s.formatDetected, s.bytes])).toEqual([
      ["sources/2014-05-tracking-logs.rst", "rst", false, 4096],
    ]);
    const coverage = read.sources[0]?.coverage;
    expect(coverage?.linesUsed).toBeGreaterThan(50);
    expect(coverage?.linesUsed).toBeLessThan(coverage?.lines ?? 0);
    expect(diagnostics).toEqual([]);
  });

  test("invalid-examples reports the enrollment example's missing comma", () => {
    const { diagnostics } = runPass("invalid-examples", readEnrollment());
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [94, "example/repaired-json"],
      [94, "example/repaired-json"],
    ]);
  });

  test("shared-fields completes a draft from the event its statement names", () => {
    const read = readEnrollment();
    const [activated] = read.result.events;
    if (!activated) throw new Error("the fixture has events");
    // The 2016 guide's wording for the deactivated event, which shares the activated event's fields.
    const position = spanAt("sources/x.rst", 1, 1, 1);
    const sharer = draft(["edx.course.enrollment.deactivated.x"], {
      sharedFields: [
        {
          sources: ["edx.course.enrollment.activated"],
          kind: "event",
          fields: "all",
          sentence: "The event fields are the same as for edx.course.enrollment.activated.",
          position,
        },
      ],
    });
    read.result.events.push(sharer);
    runPass("shared-fields", read);
    expect(activated.eventFields.map((f) => f.name)).toEqual(["course_id", "user_id", "mode", "name", "session"]);
    expect(sharer.eventFields.map((f) => f.name)).toEqual(activated.eventFields.map((f) => f.name));
    expect(sharer.sharedFields).toBeUndefined();
  });

  test("shared-fields adds the pattern names its statements write to the release's", () => {
    const read = readEnrollment();
    // The teak chapter's sharing sentence for the special exam events.
    const sentence =
      "The ``event`` fields for this event are the same as the ``event`` fields for the ``edx.special_exam.{special exam type}.created`` event.";
    read.result.events.push(
      draft(["edx.special_exam.proctored.deleted"], {
        sharedFields: [
          {
            sources: ["edx.special_exam.{special exam type}.created"],
            kind: "event",
            fields: "all",
            sentence,
            position: spanAt("sources/x.rst", 3, 1, 4),
          },
        ],
      }),
    );
    const before = read.result;
    const { read: after } = runPass("shared-fields", read);
    expect(after.result.patternNames?.map((p) => [p.name, p.text, p.provenance.start.line])).toEqual([
      ["edx.special_exam.{special exam type}.created", sentence, 3],
    ]);
    expect(before.patternNames).toBeUndefined();
  });

  test("infer-sources fills in a source the description names", () => {
    const read = readEnrollment();
    // The 2016 guide, on the special exam events, which state no Event Source.
    const silent = draft(["edx.special_exam.proctored.attempt.created"], {
      sources: [],
      description: rich("The server emits this event when a learner chooses to take a special exam."),
    });
    read.result.events.push(silent);
    runPass("infer-sources", read);
    expect([silent.sources, silent.sourcesInferred]).toEqual([["server"], true]);
  });

  test("example-fields checks the example against the fields the release documents", () => {
    const read = readEnrollment();
    // The 2014-05 common field table documents `page` as a string; the example gives null.
    read.result.commonFields = ["username", "host", "event_source", "event_type", "time", "ip", "agent", "page"].map(
      (n) => field(n),
    );
    const { diagnostics } = runPass("example-fields", read);
    expect(diagnostics.map((d) => [d.rule, d.message])).toContainEqual([
      "example/type-mismatch",
      'example of edx.course.enrollment.activated: field "page" is documented as string, the example gives null',
    ]);
  });

  test("runNormalisePasses runs them all: coverage recorded, examples reported", () => {
    const sink = createDiagnosticSink();
    const read = runNormalisePasses(readEnrollment(), sink);
    expect(read.sources).toHaveLength(1);
    expect(sink.diagnostics.map((d) => d.rule)).toEqual(["example/repaired-json", "example/repaired-json"]);
  });
});
