// Compares two built sites file by file: which files only one of them has, and which differ, with
// the first differing line of each so a report says where the builds part ways.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: { path: string; first: string; second: string }[];
}

/** Every file under root, as a '/'-separated path relative to root, sorted. */
export async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The first line where two texts differ, cut to a readable length, from each side. */
function firstDifference(first: string, second: string): { first: string; second: string } {
  const a = first.split("\n");
  const b = second.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x === y) continue;
    let column = 0;
    while (column < x.length && x[column] === y[column]) column++;
    const from = Math.max(0, column - 60);
    return {
      first: `line ${i + 1}: …${x.slice(from, column + 120)}`,
      second: `line ${i + 1}: …${y.slice(from, column + 120)}`,
    };
  }
  return { first: "(same text)", second: "(same text)" };
}

export async function compareTrees(firstRoot: string, secondRoot: string): Promise<TreeDifference> {
  const first = await listTree(firstRoot);
  const second = await listTree(secondRoot);
  const inSecond = new Set(second);
  const inFirst = new Set(first);
  const differing: TreeDifference["differing"] = [];
  for (const path of first.filter((p) => inSecond.has(p))) {
    const [a, b] = await Promise.all([readFile(join(firstRoot, path)), readFile(join(secondRoot, path))]);
    if (sha256(a) === sha256(b)) continue;
    differing.push({ path, ...firstDifference(a.toString("utf8"), b.toString("utf8")) });
  }
  return {
    onlyInFirst: first.filter((p) => !inSecond.has(p)),
    onlyInSecond: second.filter((p) => !inFirst.has(p)),
    differing,
  };
}
