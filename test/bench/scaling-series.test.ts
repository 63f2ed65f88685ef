// The bench's scaling series repeats a release's text: an included file is read through each of
// its includes, so only the entry files are repeated (lines cut from Eucalyptus' tracking_logs.rst
// and special_exam_events.rst).
import { expect, test } from "vitest";
import type { LoadedRelease } from "../../bench/catalog-bench.ts";
import { repeatContent } from "../../bench/scaling-series.ts";
import type { LoadedFile } from "../../src/pipeline/load-sources.ts";

const file = (path: string, text: string): LoadedFile => ({ path, text, sha256: "", bytes: text.length });
const ROOT = "upstream/edx-documentation/eucalyptus";
const release: LoadedRelease = {
  manifest: { id: "eucalyptus" } as LoadedRelease["manifest"],
  sources: [
    {
      manifest: { path: ROOT, format: "rst" } as LoadedRelease["sources"][number]["manifest"],
      files: [
        file(`${ROOT}/tracking_logs.rst`, ".. include:: special_exam_events.rst\n\n.. _bookmark_events:"),
        file(
          `${ROOT}/special_exam_events.rst`,
          ".. _special_exam_events:\n\n.. include:: special_exam_events_overview.rst",
        ),
        file(`${ROOT}/special_exam_events_overview.rst`, "Special exams are timed or proctored."),
      ],
    },
  ],
};

test("only the entry file is repeated; the files it includes are read once per include", () => {
  const [repeated] = repeatContent([release], 3);
  const texts = repeated?.sources[0]?.files.map((f) => f.text) ?? [];
  const [entry, exam, overview] = release.sources[0]?.files ?? [];
  expect(texts).toEqual([[entry?.text, entry?.text, entry?.text].join("\n\n"), exam?.text, overview?.text]);
});
