// The diff of two releases as the site shows it. It follows src/diff/diff-releases.ts step by step
// but imports no zod value (that module takes its format version from the zod diff schema), so the
// page bundles stay free of the model's schemas. test/site/history-pages.test.ts checks that both
// give the same diff.
import type { DiffChange, EventDiff, ReleaseDiff } from "../../../src/diff/diff-schema.ts";
import { countsAsDifference } from "../../../src/diff/change-kinds.ts";
import { eventChanges, type CutSides } from "../../../src/diff/event-changes.ts";
import { fieldChanges } from "../../../src/diff/field-compare.ts";
import { coverageView, coversEvent, samePlace, type CoverageView } from "../../../src/merge/release-coverage.ts";
import type { Catalog, CommonField } from "../../../src/model/catalog-schema.ts";
import type { CatalogEvent, Snapshot } from "../../../src/model/event-schema.ts";
import type { Release } from "../../../src/model/release-schema.ts";

/** The `formatVersion` of `diff --format json`; the test above fails if the two drift apart. */
export const PAIR_DIFF_FORMAT_VERSION = "1.0.0";

export type PairCatalog = Pick<Catalog, "releases" | "events" | "commonFields">;

/** What a release covers, as the diff and the coverage matrix both judge it. */
export function releaseCoverageView(events: readonly CatalogEvent[], release: Release): CoverageView {
  return coverageView(release, events.flatMap((e) => e.snapshots.filter((s) => s.release === release.id)));
}

function renameNote(event: CatalogEvent, fromName: string, toName: string): Pick<DiffChange, "evidence" | "note" | "release"> {
  const alias = event.aliases.find((a) => a.name === fromName) ?? event.aliases.find((a) => a.name === toName);
  const ev = alias?.evidence[0];
  if (!ev) return {};
  return ev.release !== undefined ? { evidence: ev.kind, note: ev.text, release: ev.release } : { evidence: ev.kind, note: ev.text };
}

function oneSide(kind: "event-added" | "event-removed", missing: Release, present: Snapshot | undefined, view: CoverageView): DiffChange {
  if (present !== undefined && coversEvent(view, present.audience, present.category)) return { kind };
  const part = present ? `${present.audience} events, ${present.category}` : "its part";
  return { kind: "event-not-covered", note: `release ${missing.id} does not cover ${part}` };
}

function eventDiff(event: CatalogEvent, from: Release, to: Release, views: { from: CoverageView; to: CoverageView }): EventDiff | undefined {
  const before = event.snapshots.filter((s) => s.release === from.id);
  const after = event.snapshots.filter((s) => s.release === to.id);
  if (before.length === 0 && after.length === 0) return undefined;
  const fromName = before[0]?.names[0];
  const toName = after[0]?.names[0];
  const base: EventDiff = {
    id: event.id,
    name: event.name,
    ...(fromName !== undefined ? { fromName } : {}),
    ...(toName !== undefined ? { toName } : {}),
    changes: [],
  };
  if (fromName === undefined) base.changes.push(oneSide("event-added", from, after[0], views.from));
  else if (toName === undefined) base.changes.push(oneSide("event-removed", to, before[0], views.to));
  else {
    if (fromName !== toName) base.changes.push({ kind: "event-renamed", from: fromName, to: toName, ...renameNote(event, fromName, toName) });
    const cutIn = (view: CoverageView, list: readonly Snapshot[]): boolean =>
      list.some((s) => view.cutEvent !== undefined && samePlace(view.cutEvent, s.provenance));
    const cut: CutSides = {};
    if (cutIn(views.from, before)) cut.from = from.id;
    if (cutIn(views.to, after)) cut.to = to.id;
    base.changes.push(...eventChanges(before, after, to.id, cut));
  }
  return base.changes.length > 0 ? base : undefined;
}

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

/** The diff from one release to another (by id); throws on an unknown id, which is a bug here. */
export function pairDiff(catalog: PairCatalog, fromId: string, toId: string): ReleaseDiff {
  const a = catalog.releases.find((r) => r.id === fromId);
  const b = catalog.releases.find((r) => r.id === toId);
  if (!a || !b) throw new Error(`unknown release in ${fromId}...${toId}`);
  const views = { from: releaseCoverageView(catalog.events, a), to: releaseCoverageView(catalog.events, b) };
  const events = catalog.events
    .flatMap((e) => eventDiff(e, a, b, views) ?? [])
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const commonFields = commonFieldDiff(catalog.commonFields, a.id, b.id);
  const first = (e: EventDiff): DiffChange["kind"] | undefined => e.changes[0]?.kind;
  const all = [...events.flatMap((e) => e.changes), ...commonFields];
  return {
    formatVersion: PAIR_DIFF_FORMAT_VERSION,
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
}
