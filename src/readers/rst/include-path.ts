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

/** The deepest folder that holds every file of the library ("" when they share none). */
function libraryRoot(library: ReadonlyMap<string, string>): string {
  let root: string[] | undefined;
  for (const key of library.keys()) {
    const parts = posix.dirname(key).split("/");
    if (root === undefined) root = parts;
    else {
      let n = 0;
      while (n < root.length && n < parts.length && root[n] === parts[n]) n++;
      root = root.slice(0, n);
    }
  }
  return (root ?? []).filter((p) => p !== ".").join("/");
}

/** True when a relative include target leads above the folder that holds all of the release's files. */
export function includeLeavesRelease(
  includingFile: string,
  target: string,
  library: ReadonlyMap<string, string>,
): boolean {
  const wanted = target.trim();
  if (wanted === "" || wanted.startsWith("/")) return false;
  const joined = posix.normalize(posix.join(posix.dirname(includingFile), wanted));
  const root = libraryRoot(library);
  return joined.startsWith("../") || (root !== "" && !joined.startsWith(`${root}/`));
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
