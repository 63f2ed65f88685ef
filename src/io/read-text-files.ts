// Reads the text of files that may be missing: the site shows the sources a catalog names when they
// are there, and places without links when they are not.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { TextFile } from "./write-files.ts";

/** The files under `folder` that could be read, in the order given; missing ones are left out. */
export async function readTextFilesIfPresent(folder: string, paths: readonly string[]): Promise<TextFile[]> {
  const found: TextFile[] = [];
  for (const path of paths) {
    try {
      found.push({ path, text: await readFile(resolve(folder, path), "utf8") });
    } catch {
      // Left out: the caller shows what it has.
    }
  }
  return found;
}
