// Reads event names out of section titles and event sources out of "Event Source" lines. Every
// reader meets the same title forms ("``a`` and ``b``", "`a/b`", "``x`` (Browser)", "… Event
// Types"), so they are recognised once here.
import type { EventSource } from "../model/event-schema.ts";

export interface SplitNames {
  names: string[];
  variant?: string;
}

const EVENT_NAME =
  /^(?:[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_*]+)+|[a-z][a-z0-9]*(?:_[a-z0-9*]+)+|\*_[a-z][a-z0-9_]*|[a-z][a-z0-9_]*_\*)$/;

/** A plausible event_type: `edx.x.y`, `seq_goto`, `add-instructor`, `list_forum_*`; not a plain word. */
export function isEventName(token: string): boolean {
  const t = token.trim();
  if (t.length < 3 || t.length > 120) return false;
  if (/^\d/.test(t) || /[.\-_]$/.test(t)) return false;
  // A capitalised word as a part ("Grading-Related") is prose; event names are lower case, at most
  // with an all-capitals part ("add-forum-community-TA").
  if (/(?:^|[-_.])[A-Z][a-z]/.test(t)) return false;
  return EVENT_NAME.test(t);
}

const VARIANT = /\s*\((browser|server|mobile(?: app)?|celery task)\)\s*$/i;
const TRAILING_WORDS = /\s+(?:event\s+types?|events?|\(?deprecated\)?)\s*$/i;
const LEADING_WORDS = /^\s*deprecated:?\s+/i;

const QUOTED = /``([^`]+)``|`([^`]+)`|<code>(.*?)<\/code>/g;
const CODE_TOKEN = /^[A-Za-z*][A-Za-z0-9_.\-*]*(?:\/[A-Za-z0-9_.\-*]+)*$/;
const SEPARATORS = /\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+or\s+/;

/** "a/b" is two names (an old and a new one) when both halves are event names, else one name. */
function splitSlashPair(token: string): string[] {
  const halves = token.split("/");
  if (halves.length > 1 && halves.every(isEventName)) return halves;
  return [token];
}

/** The names of one segment, or undefined when the segment holds something else than names. */
function segmentNames(segment: string, quoted: boolean): string[] | undefined {
  const out: string[] = [];
  for (const raw of segment.split(SEPARATORS)) {
    const token = raw.trim();
    if (token === "") continue;
    const accepted = quoted ? CODE_TOKEN.test(token) : token.split("/").every(isEventName);
    if (!accepted) return undefined;
    out.push(...splitSlashPair(token));
  }
  return out;
}

/**
 * Splits an event title into its names: "``a`` and ``b``", "`a, b, and c`", "`a/b`" (old and
 * new names), "``x`` (Browser)" (variant "browser"), "``x`` Event Types", "x (Deprecated)".
 * Returns no names when the title names no event ("Enrollment Events").
 */
export function splitEventNames(title: string): SplitNames {
  let text = title.replace(/\s+/g, " ").trim();
  let variant: string | undefined;
  const v = VARIANT.exec(text);
  if (v?.[1]) {
    variant = v[1].toLowerCase().replace(/ app$/, "").replace("celery task", "task");
    text = text.slice(0, v.index);
  }
  for (let prev = ""; prev !== text;) {
    prev = text;
    text = text.replace(TRAILING_WORDS, "").replace(LEADING_WORDS, "").trim();
  }
  const segments: { text: string; quoted: boolean }[] = [];
  let rest = text;
  for (const m of text.matchAll(QUOTED)) {
    segments.push({ text: m[1] ?? m[2] ?? m[3] ?? "", quoted: true });
    rest = rest.replace(m[0], " ");
  }
  if (segments.length > 0) {
    // Between quoted names only separators may appear ("``a``, ``b``, and ``c``", "``a``/``b``").
    if (rest.replace(/,|\/|\band\b|\bor\b/g, "").trim() !== "") return { names: [] };
  } else {
    segments.push({ text, quoted: false });
  }
  const names: string[] = [];
  for (const segment of segments) {
    const found = segmentNames(segment.text, segment.quoted);
    if (!found) return { names: [] };
    for (const name of found) if (!names.includes(name)) names.push(name);
  }
  return variant === undefined ? { names } : { names, variant };
}

const SOURCE_WORDS: ReadonlyArray<readonly [RegExp, EventSource]> = [
  [/\bbrowser\b/i, "browser"],
  [/\bserver\b/i, "server"],
  [/\bmobile\b|\bandroid\b|\bios\b/i, "mobile"],
  [/\bcelery\b|\btask\b/i, "task"],
];

/** "Browser", "Server", "Browser and Server", "Browser or Mobile", "Server (celery task)", … */
export function parseEventSources(text: string): { sources: EventSource[]; asWritten: string } {
  const asWritten = text.replace(/\s+/g, " ").trim();
  const found: { source: EventSource; at: number }[] = [];
  for (const [pattern, source] of SOURCE_WORDS) {
    const m = pattern.exec(asWritten);
    if (m) found.push({ source, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  return { sources: found.map((f) => f.source), asWritten };
}
