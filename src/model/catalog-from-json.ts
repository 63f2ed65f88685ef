// Turns parsed catalog.json text into the in-memory Catalog, or says why it is not one. The one
// place where a published catalog becomes the model: an expansion of the published form (shared
// snapshots of consecutive releases) belongs here, so every reader of catalog.json gets it.
import { catalogSchema, type Catalog } from "./catalog-schema.ts";

export type CatalogFromJson = { catalog: Catalog } | { error: string };

export function catalogFromJson(value: unknown, name = "catalog"): CatalogFromJson {
  const parsed = catalogSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    return { error: `${name} is not a catalog${where}: ${issue?.message ?? "invalid"}` };
  }
  return { catalog: parsed.data };
}
