// The check index `check` streams a log against (see src/check/check-index.ts): the catalog is
// read or built, the chosen release looked up, the index taken and the catalog let go before the
// first line is read, so the catalog's memory is free again for the log.
import { checkIndexOf, type CheckCatalog } from "../check/check-index.ts";
import { findCheckRelease } from "../check/log-checker.ts";
import { unknownReleaseMessage } from "../diff/release-lookup.ts";
import type { CliIo } from "./cli-io.ts";
import { loadCatalog } from "./load-catalog.ts";
import type { ParsedArgs } from "./parse-args.ts";

/** The index of the catalog `--catalog`/`--manifest` name, or a message (no catalog, no such release). */
export async function loadCheckIndex(
  io: CliIo,
  parsed: ParsedArgs,
  releaseRef: string | undefined,
): Promise<CheckCatalog | string> {
  const catalog = await loadCatalog(io, parsed);
  if (typeof catalog === "string") return catalog;
  if (!findCheckRelease(catalog, releaseRef)) {
    return catalog.releases.length === 0
      ? "the catalog has no releases"
      : unknownReleaseMessage(catalog, releaseRef ?? "");
  }
  // A structured clone copies every string too: strings cut from the sources would otherwise keep
  // whole source texts alive.
  return structuredClone(checkIndexOf(catalog));
}
