// Every schema file of the export, as paths and JSON values: the CLI writes them under --out, the
// site serves them under /schemas/. One list, so both publish the same files.
//
//   index.json                                          what is where
//   releases/<release>/events/<event-id>.schema.json    one event's line, as the release documents it
//   releases/<release>/tracking-log-line.schema.json    any line of the release, dispatching on event_type / name
//   releases/<release>/bigquery-table.json              BigQuery table schema of the release's tracking log
//   current/events/<event-id>.schema.json               one event's line, current view
import type { Catalog } from "../model/catalog-schema.ts";
import { releaseBigQuerySchema } from "./bigquery-schema.ts";
import { currentEventSchema, releaseEventSchema } from "./event-json-schema.ts";
import { releaseLineSchema } from "./line-json-schema.ts";
import { commonFieldsOf, eventsIn } from "./release-view.ts";

export interface ExportFile {
  path: string;
  value: unknown;
}

export interface ExportOptions {
  /** Only this release (and no current views); every release and the current views when left out. */
  release?: string | undefined;
}

export function eventSchemaPath(release: string, eventId: string): string {
  return `releases/${release}/events/${eventId}.schema.json`;
}

export function currentSchemaPath(eventId: string): string {
  return `current/events/${eventId}.schema.json`;
}

export function lineSchemaPath(release: string): string {
  return `releases/${release}/tracking-log-line.schema.json`;
}

export function bigQuerySchemaPath(release: string): string {
  return `releases/${release}/bigquery-table.json`;
}

/** The bytes of an export file: pretty JSON with a final newline, the same wherever it is made. */
export function exportFileText(file: ExportFile): string {
  return `${JSON.stringify(file.value, null, 2)}\n`;
}

export function exportSchemas(catalog: Catalog, options: ExportOptions = {}): ExportFile[] {
  const releases = catalog.releases.filter((r) => options.release === undefined || r.id === options.release);
  const files: ExportFile[] = [];
  const index: { releases: unknown[]; current: unknown[] } = { releases: [], current: [] };
  for (const release of releases) {
    const common = commonFieldsOf(catalog, release.id);
    const events = eventsIn(catalog, release.id);
    for (const { event, snapshots } of events) {
      files.push({
        path: eventSchemaPath(release.id, event.id),
        value: releaseEventSchema(event, snapshots, release.id, common),
      });
    }
    files.push({ path: lineSchemaPath(release.id), value: releaseLineSchema(catalog, release.id) });
    files.push({ path: bigQuerySchemaPath(release.id), value: releaseBigQuerySchema(catalog, release.id) });
    index.releases.push({
      id: release.id,
      label: release.label,
      commonFieldsFrom: common.from ?? null,
      line: lineSchemaPath(release.id),
      bigquery: bigQuerySchemaPath(release.id),
      events: events.map(({ event }) => ({
        id: event.id,
        name: event.name,
        schema: eventSchemaPath(release.id, event.id),
      })),
    });
  }
  if (options.release === undefined) {
    const newest = catalog.releases.at(-1)?.id;
    const common = newest !== undefined ? commonFieldsOf(catalog, newest) : { fields: [], from: undefined };
    for (const event of catalog.events) {
      files.push({ path: currentSchemaPath(event.id), value: currentEventSchema(event, event.current, common) });
      index.current.push({ id: event.id, name: event.name, schema: currentSchemaPath(event.id) });
    }
  }
  files.unshift({
    path: "index.json",
    value: { description: "Schemas exported from the edX tracking-log event catalog.", ...index },
  });
  return files;
}
