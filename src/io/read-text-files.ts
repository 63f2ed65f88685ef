// Reads text files for the site: the files the content loader wrote to the build's cache, and the
// sources a catalog names, which may be missing (its pages then show places without links).
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

/** One UTF-8 text file; throws when it cannot be read (the site's build stops with the reason). */
export function readTextFile(path: string): Promise<string> {
  return readFile(path, "utf8");
}
