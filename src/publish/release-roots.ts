// Where each release's sources sit, and how a value read from one release is placed in another.
// Releases whose text is identical but vendored in different folders (Lilac under koa/, Maple under
// maple/) document an event identically except for the folder in each provenance `file`; such
// snapshots are stated once in catalog.json, and expansion moves each path from the first
// release's folder to the other's. The rule is the same in both directions, so what the compaction
// calls "identical" is exactly what the expansion gives back.
import type { Release } from "../model/release-schema.ts";

/** The longest common folder of a release's source paths, with its final slash ("" when none). */
export function releaseRoot(release: Pick<Release, "sources">): string {
  const paths = release.sources.map((s) => s.path);
  let prefix = paths[0] ?? "";
  for (const path of paths) {
    let n = 0;
    while (n < prefix.length && n < path.length && prefix[n] === path[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.slice(0, prefix.lastIndexOf("/") + 1);
}

/** The path a `file` of release `from` has in release `to`. */
function movedFile(file: string, from: string, to: string): string {
  return from !== to && file.startsWith(from) ? to + file.slice(from.length) : file;
}

type Json = unknown;

/** A copy of a JSON value in which every `file` string is moved from one root to another. */
export function moveFiles<T>(value: T, from: string, to: string): T {
  if (from === to) return value;
  const walk = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(v))
      out[key] = key === "file" && typeof item === "string" ? movedFile(item, from, to) : walk(item);
    return out;
  };
  return walk(value) as T;
}

/**
 * Whether `a` of the release rooted at `rootA`, moved to `rootB`, is exactly `b` (values and key
 * order, so that it serializes to the same bytes). Values shared by reference are equal at once.
 */
export function sameMoved(a: Json, b: Json, rootA: string, rootB: string): boolean {
  if (a === b && rootA === rootB) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameMoved(item, b[i], rootA, rootB));
  }
  if (a === null || typeof a !== "object" || b === null || typeof b !== "object" || Array.isArray(b)) return a === b;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recA = a as Record<string, Json>;
  const recB = b as Record<string, Json>;
  return keysA.every((key, i) => {
    if (keysB[i] !== key) return false;
    const va = recA[key];
    const vb = recB[key];
    if (key === "file" && typeof va === "string") return movedFile(va, rootA, rootB) === vb;
    return sameMoved(va, vb, rootA, rootB);
  });
}
