// Reads and validates the release manifest. A manifest that cannot be read at all is an error for
// the whole run; a single bad release entry is reported and left out, so the others still build.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { z } from "zod/v4";
import type { Point } from "unist";
import { createDiagnosticSink, type DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import { pointInText, positionAt, type SourcePosition } from "../model/position.ts";
import { gitReleasesSchema, type GitReleases } from "../model/git-manifest-schema.ts";
import { manifestReleaseSchema, type ManifestRelease } from "../model/manifest-schema.ts";
import { loadRules } from "./rules.ts";

export interface LoadedManifest {
  path: string;
  /** Folder that source paths are relative to (the manifest's folder). */
  root: string;
  releases: ManifestRelease[];
  /** Groups of releases read from git refs. */
  git: GitReleases[];
  diagnostics: Diagnostic[];
  /** Place in the manifest of a chain of JSON values, each searched after the one before (release id, then source path). */
  placeOf: (...values: string[]) => SourcePosition;
}

/** Finds `"values[0]"`, then `"values[1]"` after it, …; the place of the last one found. */
function placeOfValues(text: string, values: readonly string[]): Point {
  let offset = 0;
  let found = -1;
  for (const value of values) {
    const at = text.indexOf(JSON.stringify(value), offset);
    if (at === -1) break;
    found = at;
    offset = at + 1;
  }
  return found === -1 ? { line: 1, column: 1 } : pointInText(text, found);
}

function manifestPosition(path: string, at: Point): SourcePosition {
  return positionAt(path, at.line, at.column);
}

export interface ParsedManifest {
  releases: ManifestRelease[];
  git: GitReleases[];
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

/** Finds the place of the n-th match of `key` (a release's `"id"`, a git group's `"repository"`), or the start of the file. */
function placeOfRelease(text: string, index: number, key = "id"): Point {
  const pattern = new RegExp(`"${key}"\\s*:`, "g");
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= index; i++) {
    match = pattern.exec(text);
    if (!match) return { line: 1, column: 1 };
  }
  return match ? pointInText(text, match.index) : { line: 1, column: 1 };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(entry)"}: ${issue.message}`)
    .join("; ");
}

export function parseManifestText(text: string, path: string, sink: DiagnosticSink): ParsedManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  const releases = (data as { releases?: unknown } | null)?.releases ?? [];
  const gitGroups = (data as { git?: unknown } | null)?.git ?? [];
  if (typeof data !== "object" || data === null || !Array.isArray(releases) || !Array.isArray(gitGroups)) {
    throw new ManifestError(`${path}: expected an object with a "releases" array (and optionally a "git" array)`);
  }
  if (releases.length === 0 && gitGroups.length === 0) {
    throw new ManifestError(`${path}: the manifest names no release ("releases" and "git" are both empty)`);
  }
  const accepted: ManifestRelease[] = [];
  const seen = new Set<string>();
  releases.forEach((entry: unknown, index) => {
    const place = manifestPosition(path, placeOfRelease(text, index));
    const parsed = manifestReleaseSchema.safeParse(entry);
    if (!parsed.success) {
      sink.report(
        loadRules["manifest/invalid"],
        `release #${index + 1} left out: ${describeIssues(parsed.error)}`,
        place,
      );
      return;
    }
    const release = parsed.data;
    if (seen.has(release.id)) {
      sink.report(
        loadRules["manifest/duplicate-release"],
        `release id "${release.id}" is used twice; the second entry is left out`,
        place,
      );
      return;
    }
    seen.add(release.id);
    accepted.push(release);
  });
  const git: GitReleases[] = [];
  gitGroups.forEach((entry: unknown, index) => {
    const parsed = gitReleasesSchema.safeParse(entry);
    if (!parsed.success) {
      sink.report(
        loadRules["manifest/invalid"],
        `git group #${index + 1} left out: ${describeIssues(parsed.error)}`,
        manifestPosition(path, placeOfRelease(text, index, "repository")),
      );
      return;
    }
    git.push(parsed.data);
  });
  return { releases: accepted, git };
}

export async function loadManifest(manifestPath: string, displayPath = manifestPath): Promise<LoadedManifest> {
  let text: string;
  try {
    text = await readFile(manifestPath, "utf8");
  } catch (error) {
    throw new ManifestError(
      `${displayPath}: cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const sink = createDiagnosticSink(diagnostics);
  const { releases, git } = parseManifestText(text, displayPath, sink);
  return {
    path: manifestPath,
    root: dirname(resolve(manifestPath)),
    releases,
    git,
    diagnostics,
    placeOf: (...values) => manifestPosition(displayPath, placeOfValues(text, values)),
  };
}
