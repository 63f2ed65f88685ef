// Compares any two releases of a catalog (not only neighbours). An event documented on one side
// only is "added" or "removed" only when the other release covers its part of the docs; otherwise
// it is "not covered". Events in both are compared in detail (see event-changes.ts).
import type { Catalog, CommonField } from "../model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { Release } from "../model/release-schema.ts";
import { coverageView, coversEvent, samePlace, type CoverageView } from "../merge/release-coverage.ts";
import { countsAsDifference, DIFF_FORMAT_VERSION } from "./change-kinds.ts";
import type { DiffChange, EventDiff, ReleaseDiff } from "./diff-schema.ts";
import { eventChanges, type CutSides } from "./event-changes.ts";
import { fieldChanges } from "../merge/field-compare.ts";
import { findRelease, unknownReleaseMessage } from "./release-lookup.ts";

export interface DiffOptions {
  /** Limit the diff to one event, by id, canonical name or any alias. */
  event?: string;
}

/** Whether `ref` names the event: its id, canonical name, an alias or a name some release writes. */
export function eventMatches(event: CatalogEvent, ref: string): boolean {
  return (
    event.id === ref ||
    event.name === ref ||
    event.aliases.some((a) => a.name === ref) ||
    event.snapshots.some((s) => s.names.includes(ref))
  );
}

/** What a release covers, judged from its own snapshots: the diff, the changelog and the coverage matrix agree on it. */
export function releaseCoverageView(events: readonly CatalogEvent[], release: Release): CoverageView {
  return coverageView(
    release,
    events.flatMap((e) => e.snapshots.filter((s) => s.release === release.id)),
  );
}

function viewOf(catalog: DiffableCatalog, release: Release): CoverageView {
  return releaseCoverageView(catalog.events, release);
}

function renameNote(
  event: CatalogEvent,
  fromName: string,
  toName: string,
): Pick<DiffChange, "evidence" | "note" | "release"> {
  const alias = event.aliases.find((a) => a.name === fromName) ?? event.aliases.find((a) => a.name === toName);
  const ev = alias?.evidence[0];
  if (!ev) return {};
  return ev.release !== undefined
    ? { evidence: ev.kind, note: ev.text, release: ev.release }
    : { evidence: ev.kind, note: ev.text };
}

function oneSideChange(
  kind: DiffChange["kind"],
  missing: Release,
  present: readonly Snapshot[],
  covered: boolean,
): DiffChange {
  if (covered) return { kind };
  const s = present[0];
  const part = s ? `${s.audience} events, ${s.category}` : "its part";
  return { kind: "event-not-covered", note: `release ${missing.id} does not cover ${part}` };
}

function eventDiff(
  event: CatalogEvent,
  from: Release,
  to: Release,
  views: { from: CoverageView; to: CoverageView },
): EventDiff | undefined {
  const before = event.snapshots.filter((s) => s.release === from.id);
  const after = event.snapshots.filter((s) => s.release === to.id);
  if (before.length === 0 && after.length === 0) return undefined;
  const fromName = before[0]?.names[0];
  const toName = after[0]?.names[0];
  // Built in schema order so that the JSON reads id, name, fromName, toName, changes.
  const base: EventDiff = {
    id: event.id,
    name: event.name,
    ...(fromName !== undefined ? { fromName } : {}),
    ...(toName !== undefined ? { toName } : {}),
    changes: [],
  };
  if (fromName === undefined) {
    const s = after[0];
    const covered = s !== undefined && coversEvent(views.from, s.audience, s.category);
    base.changes.push(oneSideChange("event-added", from, after, covered));
  } else if (toName === undefined) {
    const s = before[0];
    const covered = s !== undefined && coversEvent(views.to, s.audience, s.category);
    base.changes.push(oneSideChange("event-removed", to, before, covered));
  } else {
    if (fromName !== toName)
      base.changes.push({ kind: "event-renamed", from: fromName, to: toName, ...renameNote(event, fromName, toName) });
    const cutIn = (view: CoverageView, list: readonly Snapshot[]): boolean =>
      view.cutEvent !== undefined &&
      list.some((s) => view.cutEvent !== undefined && samePlace(view.cutEvent, s.provenance));
    const cut: CutSides = {};
    if (cutIn(views.from, before)) cut.from = from.id;
    if (cutIn(views.to, after)) cut.to = to.id;
    base.changes.push(...eventChanges(before, after, to.id, cut));
  }
  return base.changes.length > 0 ? base : undefined;
}

/** A release that documents no common field at all does not cover them: nothing to compare. */
function commonFieldDiff(fields: readonly CommonField[], from: string, to: string): DiffChange[] {
  const documents = (release: string): boolean => fields.some((cf) => cf.snapshots.some((s) => s.release === release));
  if (!documents(from) || !documents(to)) return [];
  const out: DiffChange[] = [];
  for (const cf of [...fields].sort((a, b) => a.name.localeCompare(b.name))) {
    const x = cf.snapshots.find((s) => s.release === from)?.field;
    const y = cf.snapshots.find((s) => s.release === to)?.field;
    if (x && y) {
      for (const c of fieldChanges(x, y)) {
        const change: DiffChange = { kind: "common-field-changed", path: cf.name };
        if (c.from !== undefined) change.from = c.from;
        if (c.to !== undefined) change.to = c.to;
        out.push({ ...change, note: c.aspect });
      }
    } else if (y) out.push({ kind: "common-field-added", path: cf.name });
    else if (x) out.push({ kind: "common-field-removed", path: cf.name });
  }
  return out;
}

/** Throws only when a release reference is unknown; callers check with findRelease first. */
/** The parts of a catalog a diff reads. */
export type DiffableCatalog = Pick<Catalog, "releases" | "events" | "commonFields">;

export function diffReleases(
  catalog: DiffableCatalog,
  from: string,
  to: string,
  options: DiffOptions = {},
): ReleaseDiff {
  const a = findRelease(catalog, from);
  const b = findRelease(catalog, to);
  if (!a) throw new Error(unknownReleaseMessage(catalog, from));
  if (!b) throw new Error(unknownReleaseMessage(catalog, to));
  const views = { from: viewOf(catalog, a), to: viewOf(catalog, b) };
  const wanted = options.event;
  const events = catalog.events
    .filter((e) => wanted === undefined || eventMatches(e, wanted))
    .flatMap((e) => eventDiff(e, a, b, views) ?? [])
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const commonFields = wanted === undefined ? commonFieldDiff(catalog.commonFields, a.id, b.id) : [];
  const first = (e: EventDiff): DiffChange["kind"] | undefined => e.changes[0]?.kind;
  const all = [...events.flatMap((e) => e.changes), ...commonFields];
  const diff: ReleaseDiff = {
    formatVersion: DIFF_FORMAT_VERSION,
    from: { id: a.id, label: a.label, date: a.date },
    to: { id: b.id, label: b.label, date: b.date },
    summary: {
      eventsAdded: events.filter((e) => first(e) === "event-added").length,
      eventsRemoved: events.filter((e) => first(e) === "event-removed").length,
      eventsRenamed: events.filter((e) => first(e) === "event-renamed").length,
      eventsNotCovered: events.filter((e) => first(e) === "event-not-covered").length,
      eventsChanged: events.filter((e) => e.fromName !== undefined && e.toName !== undefined).length,
      differences: all.filter((c) => countsAsDifference(c.kind)).length,
    },
    events,
    commonFields,
  };
  if (wanted !== undefined) diff.event = wanted;
  return diff;
}
