// Reads a built catalog.json from disk into the in-memory Catalog (parsed, validated and expanded
// by readCatalogText); the commands that take `--catalog FILE` all read it here.
import { readFile } from "node:fs/promises";
import type { CatalogFromJson } from "../model/catalog-from-json.ts";
import { readCatalogText } from "../publish/read-catalog.ts";

export async function readCatalogFile(path: string): Promise<CatalogFromJson> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { error: `cannot read catalog ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const read = readCatalogText(text, path);
  return read.catalog ? { catalog: read.catalog } : { error: read.errors[0] ?? `${path} is not a catalog` };
}
