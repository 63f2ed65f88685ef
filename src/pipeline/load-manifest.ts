// Reads and validates the release manifest. A manifest that cannot be read at all is an error for
// the whole run; a single bad release entry is reported and left out, so the others still build.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { z } from "zod/v4";
import { createDiagnosticSink, type DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import { manifestReleaseSchema, type ManifestRelease } from "../model/manifest-schema.ts";
import { pipelineRules } from "./rules.ts";

export interface LoadedManifest {
  path: string;
  /** Folder that source paths are relative to (the manifest's folder). */
  root: string;
  releases: ManifestRelease[];
  diagnostics: Diagnostic[];
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Finds the place of the n-th release entry: its `"id"` key, or the start of the file. */
function placeOfRelease(text: string, index: number): { line: number; column: number } {
  const pattern = /"id"\s*:/g;
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= index; i++) {
    match = pattern.exec(text);
    if (!match) return { line: 1, column: 1 };
  }
  return match ? lineColumnOf(text, match.index) : { line: 1, column: 1 };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(entry)"}: ${issue.message}`)
    .join("; ");
}

export function parseManifestText(text: string, path: string, sink: DiagnosticSink): ManifestRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  const releases = (data as { releases?: unknown } | null)?.releases;
  if (typeof data !== "object" || data === null || !Array.isArray(releases)) {
    throw new ManifestError(`${path}: expected an object with a "releases" array`);
  }
  const accepted: ManifestRelease[] = [];
  const seen = new Set<string>();
  releases.forEach((entry: unknown, index) => {
    const place = placeOfRelease(text, index);
    const parsed = manifestReleaseSchema.safeParse(entry);
    if (!parsed.success) {
      sink.report(pipelineRules["manifest/invalid"], `release #${index + 1} left out: ${describeIssues(parsed.error)}`, place);
      return;
    }
    const release = parsed.data;
    if (seen.has(release.id)) {
      sink.report(pipelineRules["manifest/duplicate-release"], `release id "${release.id}" is used twice; the second entry is left out`, place);
      return;
    }
    seen.add(release.id);
    accepted.push(release);
  });
  return accepted;
}

export async function loadManifest(manifestPath: string, displayPath = manifestPath): Promise<LoadedManifest> {
  let text: string;
  try {
    text = await readFile(manifestPath, "utf8");
  } catch (error) {
    throw new ManifestError(`${displayPath}: cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const diagnostics: Diagnostic[] = [];
  const sink = createDiagnosticSink(displayPath, diagnostics);
  const releases = parseManifestText(text, displayPath, sink);
  return { path: manifestPath, root: dirname(resolve(manifestPath)), releases, diagnostics };
}
