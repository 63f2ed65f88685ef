// Reads a built catalog.json from disk into the in-memory Catalog (parse, validate, expand: see
// src/publish/read-catalog.ts); the commands that take `--catalog FILE` all read it here.
import { readFile } from "node:fs/promises";
import type { Catalog } from "../model/catalog-schema.ts";
import { readCatalogText } from "../publish/read-catalog.ts";

export async function readCatalogFile(path: string): Promise<{ catalog: Catalog } | { error: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { error: `cannot read catalog ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const read = readCatalogText(text, path);
  return read.catalog ? { catalog: read.catalog } : { error: read.errors[0] ?? `${path} is not a catalog` };
}
