// Reads a built catalog.json from disk into the in-memory Catalog (see catalogFromJson); the
// commands that take `--catalog FILE` all read it here.
import { readFile } from "node:fs/promises";
import { catalogFromJson, type CatalogFromJson } from "../model/catalog-from-json.ts";

export async function readCatalogFile(path: string): Promise<CatalogFromJson> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { error: `cannot read catalog ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return catalogFromJson(json, path);
}
