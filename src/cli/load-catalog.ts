// The catalog a command works on: read from a built catalog.json (`--catalog FILE`) or built from a
// manifest (`--manifest FILE`, by default the packaged content). A problem the user can fix is
// returned as a message; anything else is a bug and throws.
import { resolve } from "node:path";
import type { Catalog } from "../model/catalog-schema.ts";
import { buildCatalogFromManifest } from "../pipeline/build-from-manifest.ts";
import { ManifestError } from "../io/load-manifest.ts";
import { readCatalogFile } from "../io/read-catalog-file.ts";
import type { CliIo } from "./cli-io.ts";
import { DEFAULT_MANIFEST } from "../io/package-info.ts";
import { stringOption, UsageError, type ParsedArgs } from "./parse-args.ts";

/** The catalog named by `--catalog FILE` or `--manifest FILE` (giving both is a usage error). */
export async function loadCatalog(io: CliIo, parsed: ParsedArgs): Promise<Catalog | string> {
  const catalogPath = stringOption(parsed, "catalog");
  const manifestPath = stringOption(parsed, "manifest");
  if (catalogPath !== undefined && manifestPath !== undefined) {
    throw new UsageError("give --catalog or --manifest, not both");
  }
  if (catalogPath !== undefined) {
    const read = await readCatalogFile(resolve(io.cwd, catalogPath));
    return "error" in read ? read.error : read.catalog;
  }
  try {
    return (await buildCatalogFromManifest(resolve(io.cwd, manifestPath ?? DEFAULT_MANIFEST))).catalog;
  } catch (error) {
    if (error instanceof ManifestError) return error.message;
    throw error;
  }
}
