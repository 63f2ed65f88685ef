// The vocabulary of the release diff, declared once: every kind of change with the sentence the
// documentation table shows and whether it counts as a difference for `diff --exit-code`. The zod enum,
// the renderers and the documentation table are all derived from this list.

/** The `formatVersion` of a release diff (`diff --format json`, the site's compare files). */
export const DIFF_FORMAT_VERSION = "1.0.0";

export interface ChangeKindInfo {
  description: string;
  /** False for kinds that say only that a release cannot tell (an uncovered part). */
  counts: boolean;
}

export const CHANGE_KINDS = {
  "event-added": {
    description:
      "The event is documented in the later release only, and the earlier release covers its part of the docs.",
    counts: true,
  },
  "event-removed": {
    description:
      "The event is documented in the earlier release only, and the later release covers its part of the docs.",
    counts: true,
  },
  "event-renamed": {
    description:
      "The same event is documented under another name (a stated former name, a slash pair, a mobile name, an alternate spelling or an inferred rename of consecutive releases).",
    counts: true,
  },
  "event-not-covered": {
    description:
      "The event is documented in one release only, and the other release does not cover its part of the docs (audience, partial or truncated source): not a removal or an addition.",
    counts: false,
  },
  "variants-changed": { description: "The browser / server variants documented for the name changed.", counts: true },
  "sources-changed": { description: "The event source (browser, server, mobile, task) changed.", counts: true },
  "component-changed": { description: "The component the event is filed under changed.", counts: true },
  "category-changed": { description: "The section (category) the event is filed under changed.", counts: true },
  "description-changed": { description: "The event's description text changed (white space ignored).", counts: true },
  "history-added": { description: "A History sentence appears that the earlier release does not have.", counts: true },
  "history-removed": { description: "A History sentence of the earlier release is gone.", counts: true },
  "field-added": {
    description: "A context or event member field (nested ones included) is documented in the later release only.",
    counts: true,
  },
  "field-removed": {
    description: "A context or event member field is documented in the earlier release only.",
    counts: true,
  },
  "field-not-covered": {
    description:
      "A field is documented in one release only, and the other release's text stops (is truncated) inside this event: not a removal or an addition.",
    counts: false,
  },
  "field-renamed": {
    description:
      "A field appears under a new name: stated in its History, or inferred from a spelling that differs only in case or separators.",
    counts: true,
  },
  "field-type-changed": { description: "A field's normalised type changed.", counts: true },
  "field-description-changed": {
    description: "A field's description text changed (white space ignored).",
    counts: true,
  },
  "field-values-changed": { description: "A field's list of allowed values changed.", counts: true },
  "field-nullable-changed": { description: "Whether a field allows null changed (both releases say).", counts: true },
  "common-field-added": {
    description:
      "A common (top-level) field is documented in the later release only (both releases document common fields).",
    counts: true,
  },
  "common-field-removed": {
    description: "A common field is documented in the earlier release only (both releases document common fields).",
    counts: true,
  },
  "common-field-changed": {
    description: "A common field's type, description, values or nullability changed.",
    counts: true,
  },
} as const satisfies Record<string, ChangeKindInfo>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

export const CHANGE_KIND_NAMES = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];

export function countsAsDifference(kind: ChangeKind): boolean {
  return CHANGE_KINDS[kind].counts;
}

/** The table of change kinds in the documentation, as Markdown. */
export function changeKindsTable(): string {
  const rows = CHANGE_KIND_NAMES.map((k) => `| \`${k}\` | ${CHANGE_KINDS[k].description} |`);
  return ["| kind | meaning |", "|---|---|", ...rows].join("\n");
}
