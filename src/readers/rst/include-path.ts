// Resolves the path of an `.. include::` against the including file, inside the release's file
// library (no file system). Sphinx reads a leading "/" as the documentation root, which the
// library does not name; such a path matches the one library file that ends with it.
import { posix } from "node:path";

export function resolveIncludePath(
  includingFile: string,
  target: string,
  library: ReadonlyMap<string, string>,
): string | undefined {
  const wanted = target.trim();
  if (wanted === "") return undefined;
  if (wanted.startsWith("/")) {
    const tail = wanted.replace(/^\/+/, "");
    const matches = [...library.keys()].filter((k) => k === tail || k.endsWith(`/${tail}`)).sort();
    return matches.length === 1 ? matches[0] : undefined;
  }
  const joined = posix.normalize(posix.join(posix.dirname(includingFile), wanted));
  return library.has(joined) ? joined : undefined;
}

const INCLUDE = /^\s*\.\.\s+include::\s*(\S.*?)\s*$/gm;

/** Library paths a file includes (for deciding which files of a folder are entries). */
export function includedPaths(file: string, text: string, library: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INCLUDE)) {
    const resolved = resolveIncludePath(file, m[1] ?? "", library);
    if (resolved !== undefined && resolved !== file && !out.includes(resolved)) out.push(resolved);
  }
  return out;
}
