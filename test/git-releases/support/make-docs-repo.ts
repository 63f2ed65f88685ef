// A small docs repository in a temporary folder, in the two upstream layouts. Ref
// `named-release-birch` holds one chapter file (problem_check, cut from
// content/sources/2014-05-tracking-logs.rst); ref `open-release/hawthorn.1` the later layout:
// tracking_logs/, event_list.rst and a shared include that includes another file, cut from the
// upstream split chapter (test/readers/rst/fixtures/upstream-split-files), plus the same
// problem_check section, so that one event spans both refs.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), "utf8");

export interface DocsRepo {
  path: string;
  remove: () => void;
}

export function makeDocsRepo(parent = tmpdir(), name?: string): DocsRepo {
  const repo = name ? join(parent, name) : mkdtempSync(join(parent, "edx-docs-"));
  mkdirSync(repo, { recursive: true });
  const git = (date: string, ...args: string[]): void => {
    execFileSync("git", ["-C", repo, "-c", "user.name=Docs", "-c", "user.email=docs@example.org", ...args], {
      encoding: "utf8",
      env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
    });
  };
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const first = "2014-05-07T12:00:00+00:00";
  const second = "2018-08-10T09:00:00+00:00";
  git(first, "init", "-q");
  write("source/tracking_logs.rst", fixture("ref-a/tracking_logs.rst"));
  git(first, "add", "-A");
  git(first, "commit", "-q", "-m", "one chapter");
  git(first, "tag", "named-release-birch");
  git(second, "rm", "-q", "source/tracking_logs.rst");
  write("source/event_list.rst", fixture("ref-b/event_list.rst"));
  write("source/tracking_logs/student_event_types.rst", fixture("ref-b/tracking_logs/student_event_types.rst"));
  write("source/shared/special_exam_events.rst", fixture("ref-b/shared/special_exam_events.rst"));
  write("source/shared/special_exam_events_overview.rst", fixture("ref-b/shared/special_exam_events_overview.rst"));
  write("source/shared/logo.png", "\u0000PNG");
  git(second, "add", "-A");
  git(second, "commit", "-q", "-m", "split");
  git(second, "tag", "open-release/hawthorn.1");
  return { path: repo, remove: () => rmSync(repo, { recursive: true, force: true }) };
}
