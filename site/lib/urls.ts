// Every URL the site links to, in one place, so pages, endpoints and tests agree on them.
import { eventIdOf } from "../../src/extract/event-id.ts";
import type { SourceSpan } from "../../src/model/position.ts";

const base = import.meta.env.BASE_URL.replace(/\/$/, "");

export function withBase(path: string): string {
  return `${base}${path}`;
}

export const homeUrl = (): string => withBase("/");
export const eventsIndexUrl = (): string => withBase("/events/");
export const eventUrl = (id: string): string => withBase(`/events/${id}/`);
export const eventJsonUrl = (id: string): string => withBase(`/events/${id}.json`);
export const releaseUrl = (id: string): string => withBase(`/releases/${id}/`);
export const releaseJsonUrl = (id: string): string => withBase(`/releases/${id}.json`);
export const snapshotUrl = (release: string, eventId: string): string =>
  withBase(`/releases/${release}/events/${eventId}/`);
export const commonFieldsUrl = (): string => withBase("/common-fields/");
export const catalogJsonUrl = (): string => withBase("/catalog.json");
export const catalogSchemaUrl = (): string => withBase("/catalog.schema.json");

/** The route parameter of a source file's page: its path without the leading "sources/". */
export function sourceSlug(file: string): string {
  return file.replace(/^sources\//, "");
}

export function sourceUrl(file: string, line?: number, column?: number): string {
  const page = withBase(`/sources/${sourceSlug(file)}/`);
  if (line === undefined) return page;
  return column === undefined || column <= 1 ? `${page}#L${line}` : `${page}#L${line}C${column}`;
}

/** A link to the place (to its column, where lines alone do not place it), or undefined when the site has no page for that file. */
export function provenanceUrl(provenance: SourceSpan | undefined, available: ReadonlySet<string>): string | undefined {
  if (!provenance || !available.has(provenance.file)) return undefined;
  const column = provenance.end.column !== undefined ? provenance.start.column : undefined;
  return sourceUrl(provenance.file, provenance.start.line, column);
}

/** The id of the page an alias name gets; the same rule as the pipeline's event ids. */
export function aliasIdOf(name: string): string {
  return eventIdOf(name);
}

export const schemasIndexUrl = (): string => withBase("/schemas/");
/** A file of the schema export (`releases/<id>/tracking-log-line.schema.json`, …), under /schemas/. */
export const schemaFileUrl = (path: string): string => withBase(`/schemas/${path}`);
export const checkLogUrl = (): string => withBase("/check/");
