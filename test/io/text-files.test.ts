// Writing and reading the text files the commands and the site's content loader produce.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readTextFile, readTextFilesIfPresent } from "../../src/io/read-text-files.ts";
import { writeTextFiles } from "../../src/io/write-files.ts";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "text-files-"));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe("writeTextFiles", () => {
  it("writes each file under the folder, making the folders it needs", async () => {
    await writeTextFiles(join(folder, "out"), [
      { path: "catalog.json", text: "{}\n" },
      { path: "releases/ulmo/events/play_video.json", text: '{"type":"object"}' },
    ]);
    expect(await readFile(join(folder, "out/catalog.json"), "utf8")).toBe("{}\n");
    expect(await readTextFile(join(folder, "out/releases/ulmo/events/play_video.json"))).toBe('{"type":"object"}');
  });
});

describe("readTextFilesIfPresent", () => {
  it("returns the files that exist, in the order asked, and leaves out the missing ones", async () => {
    await writeTextFiles(folder, [
      { path: "sources/b.rst", text: "B" },
      { path: "sources/a.rst", text: "A" },
    ]);
    const found = await readTextFilesIfPresent(folder, ["sources/b.rst", "sources/missing.rst", "sources/a.rst"]);
    expect(found).toEqual([
      { path: "sources/b.rst", text: "B" },
      { path: "sources/a.rst", text: "A" },
    ]);
  });

  it("rejects when a file that must be there is missing", async () => {
    await expect(readTextFile(join(folder, "nothing.json"))).rejects.toThrow(/ENOENT/);
  });
});
