// Follows each field of an event (or a common field) through the releases that document the
// event: when it appears, disappears, is renamed, or changes type, description, values or
// nullability. Comparison is release to release, so every change found this way is "inferred";
// the field's own History sentences are kept beside them as "stated".
import type { HistoryEntry } from "../model/common-schema.ts";
import type { FieldTimeline, StatedDate, TimelineChange } from "../model/timeline-schema.ts";
import { fieldChanges } from "./field-compare.ts";
import type { FieldAt } from "./field-paths.ts";
import { matchFieldRenames } from "./field-renames.ts";

export interface FieldVersion {
  release: string;
  fields: ReadonlyMap<string, FieldAt>;
  /** The release's text stops inside the event: a field missing here is not covered, not undocumented. */
  cut?: boolean;
}

/** History worth a timeline: dated entries and every entry that says what happened. */
export function statedDates(history: readonly HistoryEntry[], release: string): StatedDate[] {
  return history
    .filter((h) => h.date !== undefined || h.kind !== "note")
    .map((h) => {
      const stated: StatedDate = { kind: h.kind, text: h.text, release, evidence: "stated" };
      if (h.date !== undefined) stated.date = h.date;
      if (h.dateAsWritten !== undefined) stated.dateAsWritten = h.dateAsWritten;
      if (h.provenance !== undefined) stated.provenance = h.provenance;
      return stated;
    });
}

/** Adds stated history, keeping the first (oldest) release that states each sentence. */
export function addStated(into: StatedDate[], more: readonly StatedDate[]): void {
  for (const s of more) {
    if (!into.some((t) => t.kind === s.kind && t.date === s.date && t.text === s.text)) into.push(s);
  }
}

/** A change found by comparing a release with the one before it. */
export function inferredChange(
  release: string,
  previous: string | undefined,
  aspect: TimelineChange["aspect"],
  from?: string,
  to?: string,
): TimelineChange {
  const c: TimelineChange = { release, aspect, evidence: "inferred" };
  if (previous !== undefined) c.previousRelease = previous;
  if (from !== undefined) c.from = from;
  if (to !== undefined) c.to = to;
  return c;
}

/** One timeline per field, by its newest path, sorted by path. */
export function fieldTimelines(versions: readonly FieldVersion[]): FieldTimeline[] {
  const live = new Map<string, FieldTimeline>();
  const gone = new Map<string, FieldTimeline>();
  let previous: FieldVersion | undefined;
  for (const version of versions) {
    const before = previous?.fields ?? new Map<string, FieldAt>();
    const removed = [...before.values()].filter((f) => !version.fields.has(f.path));
    const added = [...version.fields.values()].filter((f) => !before.has(f.path));
    const renamedFrom = new Map<string, string>();
    for (const r of matchFieldRenames(removed, added)) {
      const timeline = live.get(r.from.path);
      if (!timeline) continue;
      live.delete(r.from.path);
      timeline.path = r.to.path;
      timeline.changes.push(
        inferredChange(version.release, previous?.release, "renamed", r.from.field.name, r.to.field.name),
      );
      live.set(r.to.path, timeline);
      renamedFrom.set(r.to.path, r.from.path);
    }
    for (const [path, timeline] of [...live]) {
      if (version.fields.has(path) || version.cut === true) continue;
      timeline.changes.push(inferredChange(version.release, previous?.release, "undocumented"));
      live.delete(path);
      gone.set(path, timeline);
    }
    for (const [path, at] of version.fields) {
      let timeline = live.get(path);
      if (!timeline) {
        timeline = gone.get(path);
        gone.delete(path);
        const back = timeline !== undefined;
        timeline ??= {
          path,
          firstRelease: version.release,
          lastRelease: version.release,
          releases: [],
          changes: [],
          stated: [],
        };
        timeline.changes.push(inferredChange(version.release, back ? previous?.release : undefined, "documented"));
        live.set(path, timeline);
      } else {
        const old = before.get(renamedFrom.get(path) ?? path);
        if (old)
          for (const c of fieldChanges(old.field, at.field))
            timeline.changes.push(inferredChange(version.release, previous?.release, c.aspect, c.from, c.to));
      }
      timeline.lastRelease = version.release;
      timeline.releases.push(version.release);
      addStated(timeline.stated, statedDates(at.field.history, version.release));
    }
    // Fields a cut text does not reach keep their last version for the next comparison.
    previous = version.cut === true ? { ...version, fields: new Map([...before, ...version.fields]) } : version;
  }
  return [...live.values(), ...gone.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
