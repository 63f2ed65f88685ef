// The in-memory catalog → catalog.json's shape. With 26 releases most snapshots repeat the previous
// release word for word (identical releases read the same files; between two others only a few
// events change), so each run of identical consecutive snapshots of an event, or versions of a
// common field, is stated once with the releases it holds for. Everything else is published as it
// is in memory. Pure; expandCatalog is its inverse.
import type { Catalog, CommonField } from "../model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { Release } from "../model/release-schema.ts";
import type {
  PublishedCatalog,
  PublishedCommonField,
  PublishedEvent,
  PublishedSnapshot,
} from "../model/published-schema.ts";
import { releaseRoot, sameMoved } from "./release-roots.ts";

/** A run: the values one release gives (several for browser and server variants), and the releases it holds for. */
interface Run<T> {
  releases: string[];
  first: string;
  values: T[];
}

/** A value without its release: what must be identical for two releases to share it. */
function withoutRelease<T extends { release: string }>(item: T): Omit<T, "release"> {
  const { release: _release, ...rest } = item;
  return rest;
}

/**
 * Splits values (oldest release first) into runs: a release joins the previous run when its values
 * are, in order, those of the run's first release moved to its own folder (the release id aside).
 */
function releaseRuns<T extends { release: string }>(items: readonly T[], roots: ReadonlyMap<string, string>): Run<T>[] {
  const runs: Run<T>[] = [];
  let open: Run<T> | undefined;
  let i = 0;
  while (i < items.length) {
    const release = (items[i] as T).release;
    const values: T[] = [];
    while (i < items.length && (items[i] as T).release === release) values.push(items[i++] as T);
    const rootOfRun = roots.get(open?.first ?? "") ?? "";
    const root = roots.get(release) ?? "";
    const same =
      open !== undefined &&
      open.values.length === values.length &&
      values.every((v, n) => {
        const first = open?.values[n];
        return first !== undefined && sameMoved(withoutRelease(first), withoutRelease(v), rootOfRun, root);
      });
    if (same && open) open.releases.push(release);
    else {
      open = { releases: [release], first: release, values };
      runs.push(open);
    }
  }
  return runs;
}

export function compactEvent(event: CatalogEvent, roots: ReadonlyMap<string, string>): PublishedEvent {
  const snapshots = releaseRuns(event.snapshots, roots).flatMap((run) =>
    run.values.map((s: Snapshot): PublishedSnapshot => ({ releases: run.releases, ...withoutRelease(s) })),
  );
  return { ...event, snapshots };
}

function compactCommonField(common: CommonField, roots: ReadonlyMap<string, string>): PublishedCommonField {
  const snapshots = releaseRuns(common.snapshots, roots).flatMap((run) =>
    run.values.map((s) => ({ releases: run.releases, field: s.field })),
  );
  return { ...common, snapshots };
}

/** Each release's source folder, by release id. */
export function releaseRoots(releases: readonly Release[]): Map<string, string> {
  return new Map(releases.map((r) => [r.id, releaseRoot(r)]));
}

export function compactCatalog(catalog: Catalog): PublishedCatalog {
  const roots = releaseRoots(catalog.releases);
  return {
    ...catalog,
    commonFields: catalog.commonFields.map((c) => compactCommonField(c, roots)),
    events: catalog.events.map((e) => compactEvent(e, roots)),
  };
}
