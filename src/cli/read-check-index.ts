// Reads or builds the catalog `--catalog`/`--manifest` name and takes its check index (see
// src/check/check-index.ts), looking up the chosen release on the way. Runs in the worker of
// load-check-index.ts, whose heap ends with it, or in the process itself.
import { checkIndexOf, type CheckCatalog } from "../check/check-index.ts";
import { findCheckRelease } from "../check/log-checker.ts";
import { unknownReleaseMessage } from "../diff/release-lookup.ts";
import { loadCatalog } from "./load-catalog.ts";
import type { ParsedArgs } from "./parse-args.ts";

/** What the index is read from: the working folder, the parsed arguments, the release asked for. */
export interface CheckIndexRequest {
  cwd: string;
  parsed: ParsedArgs;
  release: string | undefined;
}

/** The index, or a message the user can act on (no catalog, no such release). */
export async function readCheckIndex(request: CheckIndexRequest): Promise<CheckCatalog | string> {
  const quiet = (): void => undefined;
  const catalog = await loadCatalog({ cwd: request.cwd, stdout: quiet, stderr: quiet }, request.parsed);
  if (typeof catalog === "string") return catalog;
  if (!findCheckRelease(catalog, request.release)) {
    return catalog.releases.length === 0
      ? "the catalog has no releases"
      : unknownReleaseMessage(catalog, request.release ?? "");
  }
  return checkIndexOf(catalog);
}
