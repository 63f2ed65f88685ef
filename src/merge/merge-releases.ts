// Merges the drafts of every release into catalog events: decides which drafts are the same event
// (same name, stated former/later/mobile names, slash pairs, variants, alternate spellings,
// inferred renames of consecutive releases), picks
// the canonical name and id, and works out each event's status from what later releases cover.
// Nothing is dropped: every draft becomes a snapshot of exactly one event.
import { diagnosticAt } from "../diagnostics/diagnostic-sink.ts";
import { eventIdOf } from "../extract/event-id.ts";
import type { CommonField } from "../model/catalog-schema.ts";
import type { Diagnostic } from "../model/diagnostic-schema.ts";
import type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
import type { ReleaseRead } from "../normalise/release-read.ts";
import type { EventTimeline } from "../model/timeline-schema.ts";
import { CLIPPING_FORMATS, relateClippedFields } from "./clipped-fields.ts";
import { canonicalName, eventAliases } from "./event-aliases.ts";
import { currentView } from "./current-view.ts";
import { commonFieldTimeline, eventTimeline } from "./event-timeline.ts";
import { identityGroups } from "./identity-groups.ts";
import { nameLostEvents } from "./lost-names.ts";
import type { InferredRename } from "./inferred-renames.ts";
import { mergeCommonFields } from "./merge-common-fields.ts";
import { linkPatterns } from "./pattern-links.ts";
import { coverageView, coversEvent, samePlace, type CoverageView } from "./release-coverage.ts";
import { releaseEntries, type ReleaseEntry } from "./release-entries.ts";
import { mergeRules } from "./rules.ts";

/** Events and common fields carry their timeline (see src/model/timeline-schema.ts). */
export interface MergeOutcome {
  events: (CatalogEvent & { timeline: EventTimeline })[];
  commonFields: CommonField[];
  diagnostics: Diagnostic[];
}

type Unnamed = Omit<CatalogEvent, "id" | "current">;
type Named = Omit<CatalogEvent, "current">;

function mergeGroup(
  entries: readonly ReleaseEntry[],
  views: readonly CoverageView[],
  renames: readonly InferredRename[],
  clipped: ReadonlySet<string>,
): Unnamed {
  const asWritten: Snapshot[] = entries.flatMap((e) => e.drafts.map((d) => ({ release: e.releaseId, ...d })));
  const order = [...entries].sort((a, b) => a.releaseIndex - b.releaseIndex).map((e) => e.releaseId);
  const snapshots = relateClippedFields(asWritten, order, clipped);
  const name = canonicalName(entries);
  const last = entries.reduce((a, b) => (b.releaseIndex > a.releaseIndex ? b : a));
  const first = entries.reduce((a, b) => (b.releaseIndex < a.releaseIndex ? b : a));
  const newest = last.drafts.at(-1) ?? last.drafts[0];
  const category = newest?.category ?? "";
  const audience = newest?.audience ?? "general";
  const droppedBy = views.findIndex((view, i) => i > last.releaseIndex && coversEvent(view, audience, category));
  const deprecated = last.drafts.some((d) => d.deprecated === true);
  const status = droppedBy >= 0 ? "no-longer-documented" : deprecated ? "deprecated" : "documented";
  return {
    name,
    aliases: eventAliases(entries, name, renames),
    category,
    audience,
    status,
    firstRelease: first.releaseId,
    lastRelease: last.releaseId,
    snapshots,
  };
}

/** Unique ids: the id of the canonical name, with `-2`, `-3`… for later names (by name) that give the same id. */
function assignIds(events: readonly Unnamed[], diagnostics: Diagnostic[]): Named[] {
  const sorted = [...events].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.firstRelease.localeCompare(b.firstRelease),
  );
  const taken = new Set<string>();
  const out: Named[] = [];
  for (const event of sorted) {
    const base = eventIdOf(event.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    if (id !== base) {
      const message = `event "${event.name}" gets id "${id}": "${base}" is already the id of another event`;
      diagnostics.push(
        diagnosticAt(mergeRules["merge/id-collision"], message, event.snapshots.at(-1)?.provenance, event.lastRelease),
      );
    }
    taken.add(id);
    out.push({ id, ...event });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function mergeReleases(asRead: readonly ReleaseRead[]): MergeOutcome {
  const diagnostics: Diagnostic[] = [];
  const releases = nameLostEvents(asRead, diagnostics);
  const entries: ReleaseEntry[] = [];
  releases.forEach(({ release, result }, releaseIndex) => {
    entries.push(...releaseEntries(result.events, releaseIndex, release.id, entries.length, diagnostics));
  });
  const views = releases.map(({ release, result }) =>
    coverageView(release, result.events, result.truncation?.position),
  );
  const { groups, renames } = identityGroups(entries, diagnostics);
  const clipped = new Set(
    releases
      .filter(({ release }) => release.sources.some((s) => CLIPPING_FORMATS.has(s.format)))
      .map(({ release }) => release.id),
  );
  const merged = groups.map((group) => {
    const members = new Set(group);
    const links = renames.filter((r) => members.has(r.fromKey) || members.has(r.toKey));
    return mergeGroup(
      group.flatMap((i) => (entries[i] ? [entries[i]] : [])),
      views,
      links,
      clipped,
    );
  });
  const commonFields = mergeCommonFields(
    releases.map(({ release, result }) => ({ releaseId: release.id, fields: result.commonFields })),
    diagnostics,
  );
  const releaseIds = releases.map(({ release }) => release.id);
  // A partial or truncated release holds only part of its chapter: it never gives the current view
  // of an event that a full release documents.
  const incomplete = releases.map(({ release }) => release.coverage.partial || release.coverage.truncated);
  const mentions = releases.flatMap(({ release, result }) =>
    (result.patternNames ?? []).map((mention) => ({ release: release.id, mention })),
  );
  const events = linkPatterns(assignIds(merged, diagnostics), mentions).map((event) => {
    const viewOf = (id: string): CoverageView | undefined => views[releaseIds.indexOf(id)];
    const covers = (id: string): boolean => {
      const view = viewOf(id);
      return view !== undefined && coversEvent(view, event.audience, event.category);
    };
    const cutInside = (id: string, snapshot: Snapshot): boolean => {
      const cut = viewOf(id)?.cutEvent;
      return cut !== undefined && samePlace(cut, snapshot.provenance);
    };
    const timeline = eventTimeline(event, releaseIds, { covers, cutInside });
    const current = currentView(event, releaseIds, {
      full: (id, snapshot) => incomplete[releaseIds.indexOf(id)] === false && covers(id) && !cutInside(id, snapshot),
    });
    const { snapshots, ...head } = event;
    return { ...head, current, snapshots, timeline };
  });
  const timedFields = commonFields.map((common): CommonField => {
    const timeline = commonFieldTimeline(common);
    return timeline
      ? { name: common.name, snapshots: common.snapshots, timeline }
      : { name: common.name, snapshots: common.snapshots };
  });
  return { events, commonFields: timedFields, diagnostics };
}
