// Finds a release of a catalog by id or label, so the CLI can name a release either way and say
// which ids exist when it cannot find one.
import type { Catalog } from "../model/catalog-schema.ts";
import type { Release } from "../model/release-schema.ts";

/** By exact id, then exact label, then either ignoring case. */
export function findRelease(catalog: Pick<Catalog, "releases">, ref: string): Release | undefined {
  const lower = ref.toLowerCase();
  return (
    catalog.releases.find((r) => r.id === ref) ??
    catalog.releases.find((r) => r.label === ref) ??
    catalog.releases.find((r) => r.id.toLowerCase() === lower || r.label.toLowerCase() === lower)
  );
}

export function unknownReleaseMessage(catalog: Pick<Catalog, "releases">, ref: string): string {
  return `unknown release "${ref}"; known releases: ${catalog.releases.map((r) => r.id).join(", ")}`;
}
