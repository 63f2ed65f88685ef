// Which releases a log is consistent with: per release, the share of the log's event types it
// documents and the share of its field paths (payload, context and common fields), best first.
// Also the documented paths of an event's snapshot and of the common fields, which the report
// checks against.
import type { CheckCatalog, CheckEvent, CheckField, CheckSnapshot } from "./check-index.ts";
import { fieldDocs, lookUpPath, type FieldDocs } from "./documented-fields.ts";
import { snapshotIn } from "./event-status.ts";
import type { CheckState } from "./log-checker.ts";
import type { Consistency, EventReport, FieldReport } from "./report-schema.ts";

/** Common fields of a release as paths; with `section` "context", the common context members as `context.*` paths. */
export function commonDocsFor(
  catalog: Pick<CheckCatalog, "commonFields">,
  release: string | undefined,
  section: "" | "context",
): Map<string, CheckField> {
  const docs = new Map<string, CheckField>();
  if (release === undefined) return docs;
  for (const common of catalog.commonFields) {
    const snapshot = common.snapshots.find((s) => s.release === release);
    if (!snapshot) continue;
    if (section === "") fieldDocs([snapshot.field], "", docs);
    else if (common.name === "context") fieldDocs(snapshot.field.fields, "context", docs);
  }
  return docs;
}

/** An event snapshot's payload paths (`event.…`) and context paths (its own plus the common ones). */
export function docsForEvent(
  snapshot: CheckSnapshot | undefined,
  commonContext: FieldDocs,
): { payload: FieldDocs; context: FieldDocs } {
  if (!snapshot) return { payload: new Map(), context: commonContext };
  const context = new Map(commonContext);
  fieldDocs(snapshot.contextFields, "context", context);
  return { payload: fieldDocs(snapshot.eventFields, "event"), context };
}

/** For each release, the release whose common-field table stands for it: its own, else the newest before it, else the first. */
export function commonReleaseFor(
  catalog: Pick<CheckCatalog, "releases" | "commonFields">,
): Map<string, string | undefined> {
  const documenting = new Set(catalog.commonFields.flatMap((f) => f.snapshots.map((s) => s.release)));
  const firstDocumenting = catalog.releases.find((r) => documenting.has(r.id))?.id;
  const out = new Map<string, string | undefined>();
  let last: string | undefined;
  for (const release of catalog.releases) {
    if (documenting.has(release.id)) last = release.id;
    out.set(release.id, last ?? firstDocumenting);
  }
  return out;
}

function share(documented: number, total: number): number {
  return total === 0 ? 0 : Math.round((documented / total) * 10000) / 10000;
}

export function checkConsistency(
  state: CheckState,
  events: readonly EventReport[],
  commonFields: readonly FieldReport[],
): Consistency[] {
  const { catalog } = state;
  const byId = new Map<string, CheckEvent>(catalog.events.map((e) => [e.id, e]));
  const commonRelease = commonReleaseFor(catalog);
  const rows: Consistency[] = [];
  for (const release of catalog.releases) {
    const common = commonRelease.get(release.id);
    const commonContext = commonDocsFor(catalog, common, "context");
    const commonTop = commonDocsFor(catalog, common, "");
    let types = 0;
    let typesDocumented = 0;
    let paths = 0;
    let pathsDocumented = 0;
    const count = (path: string, docs: FieldDocs): void => {
      const status = lookUpPath(path.split("."), docs).status;
      if (status === "inside-documented-object") return;
      paths++;
      if (status === "documented") pathsDocumented++;
    };
    for (const event of events) {
      if (event.status === "page-view") continue;
      types++;
      const catalogEvent = event.eventId !== undefined ? byId.get(event.eventId) : undefined;
      const snapshot = catalogEvent ? snapshotIn(catalogEvent, release.id, event.eventSource) : undefined;
      if (snapshot) typesDocumented++;
      const docs = docsForEvent(snapshot, commonContext);
      for (const field of event.fields)
        count(field.path, field.path.startsWith("context") ? docs.context : docs.payload);
    }
    for (const field of commonFields) count(field.path, commonTop);
    const eventShare = share(typesDocumented, types);
    const fieldShare = share(pathsDocumented, paths);
    rows.push({
      release: release.id,
      label: release.label,
      eventTypes: { documented: typesDocumented, total: types, share: eventShare },
      fieldPaths: { documented: pathsDocumented, total: paths, share: fieldShare },
      score: Math.round(((eventShare + fieldShare) / 2) * 10000) / 10000,
    });
  }
  // Best first; among equals, the newer release first.
  const position = new Map(catalog.releases.map((r, i) => [r.id, i]));
  return rows.sort((a, b) => b.score - a.score || (position.get(b.release) ?? 0) - (position.get(a.release) ?? 0));
}
