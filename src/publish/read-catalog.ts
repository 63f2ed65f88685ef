// Reads catalog.json text back into the in-memory catalog: parse, validate against the published
// model, expand. Problems in the file are returned, not thrown, each naming where it is, so the
// diff command and the site's loader report them alike.
import { CATALOG_FORMAT_VERSION, type Catalog } from "../model/catalog-schema.ts";
import { publishedCatalogSchema } from "../model/published-schema.ts";
import { expandCatalogJson, unknownReleases } from "./expand-catalog.ts";

export type CatalogRead = { catalog: Catalog; errors: [] } | { catalog?: undefined; errors: string[] };

function major(version: string): string {
  return version.split(".")[0] ?? version;
}

function failure(...errors: string[]): CatalogRead {
  return { errors };
}

/** `name` says which file the messages are about. */
export function readCatalogText(text: string, name: string): CatalogRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const version =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)["formatVersion"] : undefined;
  if (typeof version === "string" && major(version) !== major(CATALOG_FORMAT_VERSION)) {
    return failure(
      `${name} has catalog format ${version}; this version reads format ${major(CATALOG_FORMAT_VERSION)}.x: rebuild it with this version`,
    );
  }
  const parsed = publishedCatalogSchema.safeParse(value);
  if (!parsed.success) {
    return failure(
      ...parsed.error.issues.slice(0, 10).map((issue) => {
        const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join(".")}` : "";
        return `${name} is not a catalog${where}: ${issue.message}`;
      }),
    );
  }
  const unknown = unknownReleases(parsed.data);
  if (unknown.length > 0) return failure(`${name} names releases it does not list: ${unknown.join(", ")}`);
  // The value as read, now known to be valid, rather than zod's copy: that copy orders keys as the
  // schema declares them, and the catalog read back must serialize to the very bytes it came from.
  return { catalog: expandCatalogJson(value), errors: [] };
}
