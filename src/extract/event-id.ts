// Turns an event name into the catalog's URL-safe id. Ids appear in page URLs and links between
// releases, so they must stay the same for the same name from build to build.

/** Lowercase, `[a-z0-9._-]` only; other runs of characters become one `-`; starts with a letter or digit. */
export function eventIdOf(name: string): string {
  const id = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[._-]+/, "")
    .replace(/[._-]+$/, "");
  return id === "" ? "event" : id;
}
