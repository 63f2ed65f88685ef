// Reads the sources of one release from a ref of a local git repository, without a checkout:
// `git rev-parse` for the commit, `git ls-tree` for the files, `git show ref:path` for their text.
// A ref that does not exist or a path missing in the ref fails this release only, as `errors`.
import { createHash } from "node:crypto";
import { basename, posix } from "node:path";
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { Rule } from "../diagnostics/rule.ts";
import { decodeSource } from "./load-sources.ts";
import type { SourceText } from "../readers/reader.ts";
import { runGit } from "./git-commands.ts";
import type { GitPath } from "../model/git-manifest-schema.ts";
import { gitRules } from "../git-releases/rules.ts";

const TEXT_EXTENSIONS = /\.(rst|txt|md|inc)$/i;

export interface GitFile extends SourceText {
  sha256: string;
  bytes: number;
}

export interface GitSource {
  manifest: GitPath;
  /** One file, or a folder's text files sorted by path. */
  files: GitFile[];
}

export interface GitReleaseText {
  commit: string;
  /** Committer date of the commit, YYYY-MM-DD. */
  commitDate: string;
  sources: GitSource[];
  /** Every text file under the library folders, by display path, so includes resolve inside the ref. */
  library: Map<string, string>;
}

export interface GitReleaseInput {
  /** Absolute path of the repository. */
  repository: string;
  ref: string;
  paths: readonly GitPath[];
  libraryRoot?: string;
  /** Prefix of display paths; by default `<repository folder name>@<ref>/`. */
  displayPrefix?: string;
}

export interface GitError {
  rule: Rule;
  message: string;
}

/** `errors` is empty exactly when `value` is present. */
export type GitLoad = { errors: GitError[]; value?: GitReleaseText };

async function listTree(repository: string, commit: string, path: string): Promise<string[] | string> {
  const wanted = path.replace(/\/+$/, "").replace(/^\.$/, "");
  const spec = wanted === "" ? [] : ["--", wanted];
  const r = await runGit(repository, ["ls-tree", "-r", "--name-only", "-z", commit, ...spec]);
  if (!r.ok) return r.message;
  return r.stdout
    .toString("utf8")
    .split("\0")
    .filter((p) => p !== "" && (wanted === "" || p === wanted || p.startsWith(`${wanted}/`)))
    .sort();
}

async function showFile(repository: string, commit: string, path: string): Promise<Buffer | string> {
  const r = await runGit(repository, ["show", `${commit}:${path}`]);
  return r.ok ? r.stdout : r.message;
}

export async function loadGitRelease(input: GitReleaseInput, sink: DiagnosticSink): Promise<GitLoad> {
  const { repository, ref } = input;
  const prefix = input.displayPrefix ?? `${basename(repository)}@${ref}/`;
  const rev = await runGit(repository, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!rev.ok)
    return {
      errors: [{ rule: gitRules["git/ref-not-found"], message: `ref "${ref}" does not exist in ${repository}` }],
    };
  const commit = rev.stdout.toString("utf8").trim();
  const dated = await runGit(repository, ["show", "-s", "--format=%cI", commit]);
  const commitDate = dated.ok ? dated.stdout.toString("utf8").trim().slice(0, 10) : "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(commitDate)) {
    return { errors: [{ rule: gitRules["git/read-failed"], message: `cannot read the date of commit ${commit}` }] };
  }

  const errors: GitError[] = [];
  const sources: GitSource[] = [];
  const library = new Map<string, string>();
  const read = async (path: string): Promise<GitFile | undefined> => {
    const bytes = await showFile(repository, commit, path);
    if (typeof bytes === "string") {
      errors.push({ rule: gitRules["git/read-failed"], message: `cannot read "${path}" at ref "${ref}": ${bytes}` });
      return undefined;
    }
    const display = `${prefix}${path}`;
    const text = decodeSource(display, new Uint8Array(bytes), sink);
    if (text === undefined) return undefined;
    return { path: display, text, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
  };

  const libraryRoots = new Set<string>(input.libraryRoot !== undefined ? [input.libraryRoot] : []);
  for (const manifest of input.paths) {
    const listed = await listTree(repository, commit, manifest.path);
    if (typeof listed === "string" || listed.length === 0) {
      errors.push({
        rule: gitRules["git/path-not-found"],
        message: `path "${manifest.path}" does not exist at ref "${ref}"`,
      });
      continue;
    }
    const isFile = listed.length === 1 && listed[0] === manifest.path.replace(/\/+$/, "");
    const paths = isFile ? listed : listed.filter((p) => TEXT_EXTENSIONS.test(p));
    if (input.libraryRoot === undefined)
      libraryRoots.add(isFile ? posix.dirname(manifest.path) : manifest.path.replace(/\/+$/, ""));
    const files: GitFile[] = [];
    for (const path of paths) {
      const file = await read(path);
      if (file) files.push(file);
    }
    sources.push({ manifest, files });
  }
  if (errors.length > 0) return { errors };

  for (const root of [...libraryRoots].sort()) {
    const listed = await listTree(repository, commit, root);
    if (typeof listed === "string") continue;
    for (const path of listed.filter((p) => TEXT_EXTENSIONS.test(p))) {
      const display = `${prefix}${path}`;
      if (library.has(display)) continue;
      const file = sources.flatMap((s) => s.files).find((f) => f.path === display) ?? (await read(path));
      if (file) library.set(display, file.text);
    }
  }
  return errors.length > 0 ? { errors } : { errors: [], value: { commit, commitDate, sources, library } };
}
