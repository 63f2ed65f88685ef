// Where the package itself lives: its version and its default content. Resolved from this module's
// place, so they are the same whether the command runs from a clone (src/) or from an installed
// package (lib/, two folders below the package root either way).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The manifest of the default content shipped with the package. */
export const DEFAULT_MANIFEST = fileURLToPath(new URL("../../content/releases.json", import.meta.url));

export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  const version = typeof pkg === "object" && pkg !== null && "version" in pkg ? pkg.version : undefined;
  return typeof version === "string" ? version : "unknown";
}
