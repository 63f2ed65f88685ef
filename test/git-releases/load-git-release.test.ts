import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { gitReleasesSchema } from "../../src/git-releases/git-manifest-schema.ts";
import { gitReleaseEntry, releaseIdOfRef } from "../../src/git-releases/git-release-entry.ts";
import { loadGitRelease } from "../../src/git-releases/load-git-release.ts";
import { resolveIncludePath } from "../../src/readers/rst/include-path.ts";
import { fixture, makeDocsRepo, type DocsRepo } from "./support/make-docs-repo.ts";

const CHAPTER = fixture("ref-a/tracking_logs.rst");
const SPECIAL = fixture("ref-b/shared/special_exam_events.rst");

let repo = "";
let docs: DocsRepo | undefined;

beforeAll(() => {
  docs = makeDocsRepo();
  repo = docs.path;
});

afterAll(() => docs?.remove());

describe("loadGitRelease", () => {
  test("ref A: one chapter file, dated by its commit", async () => {
    const sink = createDiagnosticSink();
    const r = await loadGitRelease(
      { repository: repo, ref: "named-release-birch", paths: [{ path: "source/tracking_logs.rst", format: "rst" }] },
      sink,
    );
    expect(r.errors).toEqual([]);
    const v = r.value;
    expect(v?.commitDate).toBe("2014-05-07");
    expect(v?.commit).toMatch(/^[0-9a-f]{40}$/);
    const prefix = `${repo.split("/").at(-1) ?? ""}@named-release-birch/`;
    expect(v?.sources.map((s) => s.files.map((f) => f.path))).toEqual([[`${prefix}source/tracking_logs.rst`]]);
    expect(v?.sources[0]?.files[0]?.text).toBe(CHAPTER);
    expect(v?.sources[0]?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([...(v?.library.keys() ?? [])]).toEqual([`${prefix}source/tracking_logs.rst`]);
  });

  test("ref B: a folder and event_list.rst; the include resolves inside the ref's library", async () => {
    const sink = createDiagnosticSink();
    const r = await loadGitRelease(
      {
        repository: repo,
        ref: "open-release/hawthorn.1",
        paths: [{ path: "source/tracking_logs/" }, { path: "source/event_list.rst" }],
        displayPrefix: "hawthorn/",
      },
      sink,
    );
    expect(r.errors).toEqual([]);
    expect(r.value?.commitDate).toBe("2018-08-10");
    expect(r.value?.sources.map((s) => s.files.map((f) => f.path))).toEqual([
      ["hawthorn/source/tracking_logs/student_event_types.rst"],
      ["hawthorn/source/event_list.rst"],
    ]);
    // The library holds the text files under source/ (the folder of event_list.rst), the include target among them; not the image.
    expect([...(r.value?.library.keys() ?? [])].sort()).toEqual([
      "hawthorn/source/event_list.rst",
      "hawthorn/source/shared/special_exam_events.rst",
      "hawthorn/source/shared/special_exam_events_overview.rst",
      "hawthorn/source/tracking_logs/student_event_types.rst",
    ]);
    expect(r.value?.library.get("hawthorn/source/shared/special_exam_events.rst")).toBe(SPECIAL);
    const including = "hawthorn/source/tracking_logs/student_event_types.rst";
    expect(resolveIncludePath(including, "../shared/special_exam_events.rst", r.value?.library ?? new Map())).toBe(
      "hawthorn/source/shared/special_exam_events.rst",
    );
    expect(sink.diagnostics).toEqual([]);
  });

  test("a ref that does not exist fails that release only, with a clear error", async () => {
    const r = await loadGitRelease(
      { repository: repo, ref: "named-release-cypress", paths: [{ path: "source/tracking_logs.rst" }] },
      createDiagnosticSink(),
    );
    expect(r.value).toBeUndefined();
    expect(r.errors.map((e) => [e.rule.id, e.message])).toEqual([
      ["git/ref-not-found", `ref "named-release-cypress" does not exist in ${repo}`],
    ]);
  });

  test("a path missing in one ref is an error for that ref, and the same path loads at the other", async () => {
    const paths = [{ path: "source/tracking_logs.rst" }];
    const b = await loadGitRelease({ repository: repo, ref: "open-release/hawthorn.1", paths }, createDiagnosticSink());
    expect(b.errors.map((e) => [e.rule.id, e.message])).toEqual([
      ["git/path-not-found", 'path "source/tracking_logs.rst" does not exist at ref "open-release/hawthorn.1"'],
    ]);
    const a = await loadGitRelease({ repository: repo, ref: "named-release-birch", paths }, createDiagnosticSink());
    expect(a.errors).toEqual([]);
  });
});

describe("git manifest entries", () => {
  const group = gitReleasesSchema.parse({
    repository: "../edx-documentation",
    paths: [{ path: "en_us/data/source/internal_data_formats/tracking_logs.rst", format: "rst" }],
    upstream: { repository: "openedx/edx-documentation" },
    refs: [
      { ref: "named-release-birch" },
      {
        ref: "open-release/hawthorn.1",
        date: "2018-08-01",
        datePrecision: "month",
        paths: [{ path: "en_us/data/source/internal_data_formats/tracking_logs" }],
      },
    ],
  });

  test("a ref without a date is dated by its commit; ids come from refs", () => {
    const [birch, hawthorn] = group.refs;
    if (!birch || !hawthorn) throw new Error("fixture");
    const a = gitReleaseEntry(group, birch, { sha: "a".repeat(40), date: "2015-02-24" });
    expect(a).toMatchObject({
      id: "named-release-birch",
      label: "named-release-birch",
      date: "2015-02-24",
      datePrecision: "day",
      dateEstimated: false,
    });
    expect(a.dateNote).toBe("Date of commit aaaaaaaaaaaa.");
    expect(a.upstream).toEqual({
      repository: "openedx/edx-documentation",
      ref: "named-release-birch",
      note: `commit ${"a".repeat(40)}`,
    });
    const b = gitReleaseEntry(group, hawthorn, { sha: "b".repeat(40), date: "2018-08-10" });
    expect(b).toMatchObject({ id: "open-release-hawthorn.1", date: "2018-08-01", datePrecision: "month" });
    expect(b.dateNote).toBeUndefined();
    expect(b.paths).toEqual([{ path: "en_us/data/source/internal_data_formats/tracking_logs" }]);
  });

  test("ref names become valid release ids; the schema names a bad field", () => {
    expect(releaseIdOfRef("open-release/sumac.1")).toBe("open-release-sumac.1");
    expect(releaseIdOfRef("../x")).toBe("x");
    const bad = gitReleasesSchema.safeParse({ repository: "r", paths: [], refs: [{ ref: "a", date: "May 2014" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["paths", "refs.0.date"]);
  });
});
