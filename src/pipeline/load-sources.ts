// Reads the source files of one release from disk: checks they stay inside the content folder,
// decodes them (reporting non-UTF-8, binary and empty files), hashes them and expands folders.
import { createHash } from "node:crypto";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { positionAt, type SourcePosition } from "../model/position.ts";
import type { ManifestSource } from "../model/manifest-schema.ts";
import { pipelineRules } from "./rules.ts";

export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export interface LoadedFile {
  /** Path relative to the content root, with forward slashes. */
  path: string;
  text: string;
  sha256: string;
  bytes: number;
}

export interface LoadedSource {
  manifest: ManifestSource;
  /** The files this source entry stands for (one, or a folder's text files). */
  files: LoadedFile[];
}

const TEXT_EXTENSIONS = /\.(rst|txt|md|inc)$/i;

function toContentPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join("/");
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const index = text.indexOf("\uFFFD");
  return index;
}

export function decodeSource(path: string, bytes: Uint8Array, sink: DiagnosticSink): string | undefined {
  if (bytes.length === 0) {
    sink.report(pipelineRules["source/empty"], "the file is empty", positionAt(path, 1, 1));
    return undefined;
  }
  if (bytes.length > MAX_SOURCE_BYTES) {
    sink.report(
      pipelineRules["source/too-large"],
      `the file has ${bytes.length} bytes; the limit is ${MAX_SOURCE_BYTES}`,
      positionAt(path, 1, 1),
    );
    return undefined;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, nul));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    sink.report(
      pipelineRules["source/binary"],
      "the file holds a NUL byte: binary data, not text",
      positionAt(path, line, column),
    );
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("utf-8").decode(bytes);
    const at = firstInvalidUtf8(bytes);
    const before = text.slice(0, Math.max(0, at));
    sink.report(
      pipelineRules["source/invalid-utf8"],
      "bytes that are not UTF-8 were replaced by U+FFFD",
      positionAt(path, before.split("\n").length, before.length - before.lastIndexOf("\n")),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, "\n");
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && TEXT_EXTENSIONS.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function loadFile(root: string, absolute: string, sink: DiagnosticSink): Promise<LoadedFile | undefined> {
  const path = toContentPath(root, absolute);
  const bytes = new Uint8Array(await readFile(absolute));
  const text = decodeSource(path, bytes, sink);
  if (text === undefined) return undefined;
  return { path, text, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}

/** Resolves and reads one manifest source entry. Problems are reported; nothing throws for bad input. */
export async function loadSource(
  root: string,
  source: ManifestSource,
  sink: DiagnosticSink,
  /** Where the manifest names this source, for diagnostics about the path itself. */
  place: SourcePosition = positionAt(source.path, 1, 1),
): Promise<LoadedSource> {
  const absolute = resolve(root, source.path);
  const rel = relative(root, absolute);
  if (isAbsolute(source.path) || rel.startsWith("..") || isAbsolute(rel)) {
    sink.report(
      pipelineRules["manifest/path-escapes"],
      `source path "${source.path}" leads outside the content folder`,
      place,
    );
    return { manifest: source, files: [] };
  }
  let info;
  try {
    info = await stat(absolute);
  } catch {
    sink.report(pipelineRules["source/missing"], `source "${source.path}" does not exist`, place);
    return { manifest: source, files: [] };
  }
  const realRoot = await realpath(root);
  const realRel = relative(realRoot, await realpath(absolute));
  if (realRel.startsWith("..") || isAbsolute(realRel)) {
    sink.report(
      pipelineRules["manifest/path-escapes"],
      `source path "${source.path}" leads outside the content folder through a link`,
      place,
    );
    return { manifest: source, files: [] };
  }
  const paths = info.isDirectory() ? await listFiles(absolute) : [absolute];
  if (paths.length === 0) {
    sink.report(pipelineRules["source/missing"], `source folder "${source.path}" holds no text files`, place);
  }
  const files: LoadedFile[] = [];
  for (const path of paths) {
    const file = await loadFile(root, path, sink);
    if (file) files.push(file);
  }
  return { manifest: source, files };
}
