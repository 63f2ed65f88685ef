// Tells what a section is to the event extraction: a part that sets the audience ("Student
// Events", "Course Team Events"), the common-fields part, an example heading whose content
// belongs to the section above, an event section (its title names events), or a category.
import { splitEventNames } from "../../extract/event-names.ts";
import type { Audience } from "../../model/event-schema.ts";

export function audienceOfTitle(title: string): Audience | undefined {
  const t = title.replace(/\s+/g, " ").trim();
  if (/^(?:student|learner)s?\s+events$/i.test(t)) return "student";
  if (/^(?:course team|instructor)\s+events$/i.test(t)) return "course-team";
  return undefined;
}

export function isCommonFieldsTitle(title: string): boolean {
  return /^common fields$/i.test(title.trim());
}

/** "Example", "Example ``x`` Events", "Example: ``x`` Event": a heading over examples, never an event. */
export function isExampleTitle(title: string): boolean {
  return /^\s*examples?\b/i.test(title) || (/\bexamples?\b/i.test(title) && splitEventNames(title).names.length === 0);
}

/** A title "… Event Types" groups events under the enclosing category rather than being one. */
export function isGroupTitle(title: string): boolean {
  return /\bevent\s+types?\s*$/i.test(title.trim());
}

export interface TitleNames {
  names: string[];
  variant?: string;
  deprecated: boolean;
  /** "``hide_transcript``/``edx.video.transcript.hidden``": the names are one event, written two ways. */
  slashPair?: true;
}

/** Two literals joined by a slash name one event (the original name, then the newer one). */
const SLASH_PAIR = /^``[^`]+``\s*\/\s*``[^`]+``$/;

/**
 * A prose category title such as "Grading-Related Events": no literal, and it ends with the word
 * "Events" (a variant in brackets aside). Its hyphenated words look like event names but are not.
 */
export function isProseCategoryTitle(title: string): boolean {
  if (title.includes("``")) return false;
  return /\bevents\s*$/i.test(title.replace(/\([^()]*\)\s*$/, "").trim());
}

/** Event names a title gives; wildcard names (``*_instructor``) are not names. */
export function titleNames(title: string): TitleNames {
  if (isExampleTitle(title) || isProseCategoryTitle(title)) return { names: [], deprecated: false };
  const pair = SLASH_PAIR.test(title.trim());
  const split = splitEventNames(title);
  const names = split.names.filter((n) => !n.includes("*"));
  const out: TitleNames = { names, deprecated: /\bdeprecated\b/i.test(title) };
  if (split.variant !== undefined) out.variant = split.variant;
  if (pair && names.length === 2) out.slashPair = true;
  return out;
}

/** Category name as the catalog shows it: the title without inline markup. */
export function plainTitle(title: string): string {
  return title
    .replace(/:ref:`([^`<]*?)\s*<[^`>]+>`/g, "$1")
    .replace(/:ref:`([^`]+)`/g, "$1")
    .replace(/``([^`]*)``/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
