// The release record: the manifest's description of a release with what its files hold. The
// manifest entry is the 2014-05 release's own (content/releases.json).
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { ManifestRelease } from "../../src/model/manifest-schema.ts";
import { positionAt } from "../../src/model/position.ts";
import { describeCoverage, describeRelease } from "../../src/normalise/release-record.ts";
import { emptyReadResult } from "../../src/readers/reader.ts";
import { draft } from "../merge/make-drafts.ts";
import { readEnrollment } from "./read-fixture.ts";

/** The line of content/releases.json that names the 2014-05 release. */
const at = positionAt("releases.json", 46, 7);

const manifest: ManifestRelease = {
  id: "2014-05",
  label: 'edx-platform docs/en_us/data "Tracking Logs" (May 2014 draft)',
  date: "2014-05-07",
  datePrecision: "month",
  dateEstimated: true,
  sources: [{ path: "sources/2014-05-tracking-logs.rst", format: "rst" }],
  upstream: { title: "Tracking Logs" },
};

describe("describeCoverage", () => {
  test("audiences and categories come from the drafts when the manifest states none; general is left out", () => {
    const result = {
      ...emptyReadResult(),
      events: [
        draft(["a"], { audience: "student", category: "Enrollment Events" }),
        draft(["b"], { audience: "general", category: "Common Fields" }),
        draft(["c"], { audience: "course-team", category: "Enrollment Events" }),
      ],
    };
    expect(describeCoverage(manifest, result)).toEqual({
      audiences: ["course-team", "student"],
      categories: ["Common Fields", "Enrollment Events"],
      partial: false,
      truncated: false,
    });
  });

  test("the manifest's statement wins, and a truncation is recorded", () => {
    const truncation = { position: positionAt("sources/x.rst", 9, 1), lastText: "The ``event`` fi" };
    const coverage = describeCoverage(
      { ...manifest, coverage: { audiences: ["student"], partial: true, note: "An early, partial page." } },
      { ...emptyReadResult(), events: [draft(["a"], { audience: "course-team" })], truncation },
    );
    expect(coverage).toMatchObject({
      audiences: ["student"],
      partial: true,
      truncated: true,
      truncation: { file: "sources/x.rst", line: 9, column: 1, lastText: "The ``event`` fi" },
    });
    expect(coverage.note).toBe("An early, partial page.");
  });
});

describe("describeRelease", () => {
  test("the release carries the manifest's description and the sources the passes recorded", () => {
    const read = { ...readEnrollment(), sources: [] };
    const sink = createDiagnosticSink();
    const { release, result } = describeRelease(manifest, read, sink, at);
    expect(release).toMatchObject({ id: "2014-05", date: "2014-05-07", datePrecision: "month", dateEstimated: true });
    expect(release.coverage.categories).toEqual(["Enrollment Events"]);
    expect(result).toBe(read.result);
    expect(release).not.toHaveProperty("dateNote");
    expect(sink.diagnostics).toEqual([]);
  });

  test("a release without events is reported", () => {
    const sink = createDiagnosticSink();
    describeRelease(manifest, { ...readEnrollment(), result: emptyReadResult() }, sink, at);
    expect(sink.diagnostics.map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      ["releases.json", 46, "release/no-events", 'release "2014-05" produced no events'],
    ]);
  });
});
