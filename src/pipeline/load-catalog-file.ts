// Reads a built catalog.json back into the in-memory catalog. Every command that takes
// --catalog FILE reads it here, so that a change of the published form (snapshots stated once for
// consecutive identical releases) is undone in one place.
import { readFile } from "node:fs/promises";
import { catalogSchema, type Catalog } from "../model/catalog-schema.ts";

export type CatalogFileResult = { catalog: Catalog } | { error: string };

/** The catalog of a parsed catalog.json, or what is wrong with it (the first schema issue, with its path). */
export function catalogFromJson(json: unknown, path: string): CatalogFileResult {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    return { error: `${path} is not a catalog${where}: ${issue?.message ?? "invalid"}` };
  }
  return { catalog: parsed.data };
}

export async function readCatalogFile(path: string): Promise<CatalogFileResult> {
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
