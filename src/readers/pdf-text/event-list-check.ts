// The guide states its events twice: in the alphabetical list (chapter 11) and in the events
// chapter (12). Each name missing on one side is reported, so that a reading gap shows up as a
// diagnostic rather than as a silently missing event.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { EventDraft, EventListEntry } from "../reader.ts";
import { pdfTextRules } from "./rules.ts";
import { startOf } from "../../model/position.ts";

export interface EventListCheck {
  /** Names of the list without a draft. */
  unresolved: EventListEntry[];
  /** Names of drafts missing from the list (first draft of each name). */
  unlisted: { name: string; draft: EventDraft }[];
}

export function compareEventList(list: readonly EventListEntry[], events: readonly EventDraft[]): EventListCheck {
  const described = new Set(events.flatMap((e) => e.names));
  const listed = new Set(list.map((e) => e.name));
  const unresolved = list.filter((e) => !described.has(e.name));
  const unlisted: EventListCheck["unlisted"] = [];
  const seen = new Set<string>();
  for (const draft of events) {
    for (const name of draft.names) {
      if (listed.has(name) || seen.has(name)) continue;
      seen.add(name);
      unlisted.push({ name, draft });
    }
  }
  return { unresolved, unlisted };
}

export function checkEventList(
  list: readonly EventListEntry[],
  events: readonly EventDraft[],
  sink: DiagnosticSink,
): EventListCheck {
  const check = compareEventList(list, events);
  for (const entry of check.unresolved) {
    sink.report(
      pdfTextRules["pdf-text/event-list-unresolved"],
      `"${entry.name}" (${entry.category}) has no description in the events chapter`,
      startOf(entry.provenance),
    );
  }
  for (const { name, draft } of check.unlisted) {
    sink.report(
      pdfTextRules["pdf-text/event-not-in-list"],
      `"${name}" (${draft.category}) is not in the alphabetical event list`,
      startOf(draft.provenance),
    );
  }
  return check;
}
