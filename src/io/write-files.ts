// Writes what a command or the site's content loader produced: text files under one folder, each
// folder made first. The stages above only compute the files' paths and text.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface TextFile {
  /** Path relative to the folder, with forward slashes. */
  path: string;
  text: string;
}

export async function writeTextFiles(folder: string, files: Iterable<TextFile>): Promise<void> {
  for (const file of files) {
    const path = join(folder, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
}
