// Finds and reads the dates of history prose in every form the releases write them ("03 Dec
// 2013", "8 June 2015", "12/24/14", "19 May 15", "May 3, 2016", "September 20 2021",
// "October 2014"), so that history entries from different releases sort and compare.

export type DateIssue = "misspelled-month" | "invalid-date" | "vague";

export interface DatePhrase {
  /** The phrase exactly as written. */
  asWritten: string;
  /** Offset of the phrase in the text searched. */
  index: number;
  /** ISO date: YYYY-MM-DD, or YYYY-MM when the text names only a month. */
  date?: string;
  issue?: DateIssue;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

const MONTH_WORD = "[A-Za-z]{3,10}\\.?";
const PATTERNS: ReadonlyArray<{ re: RegExp; kind: "dmy" | "mdy" | "numeric" | "iso" | "my" | "season" }> = [
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_WORD}),?\\s+(\\d{4}|\\d{2})\\b`, "g"), kind: "dmy" },
  { re: new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"), kind: "mdy" },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, kind: "numeric" },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: "iso" },
  { re: new RegExp(`\\b(${MONTH_WORD}),?\\s+(\\d{4})\\b`, "g"), kind: "my" },
  {
    re: /\b(?:in|during|by) the (?:early |late )?(?:fall|spring|summer|winter|autumn)\b(?! (?:of )?\d{4})/gi,
    kind: "season",
  },
];

/** Edit distance with transpositions, small strings only. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Month number (1–12) of a month word; `misspelled` when only a near miss matched. */
export function monthOf(word: string): { month: number; misspelled: boolean } | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const exact = MONTHS.findIndex(
    (m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === "sept")),
  );
  if (exact >= 0) return { month: exact + 1, misspelled: false };
  if (w.length < 5) return undefined;
  const near = MONTHS.findIndex((m) => m[0] === w[0] && m.length >= 5 && distance(m, w) <= 2);
  return near >= 0 ? { month: near + 1, misspelled: true } : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** YYYY-MM-DD when the day exists, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function phraseOf(m: RegExpExecArray, kind: (typeof PATTERNS)[number]["kind"]): DatePhrase | undefined {
  const base = { asWritten: m[0], index: m.index };
  if (kind === "season") return { ...base, issue: "vague" };
  let year: number;
  let month: { month: number; misspelled: boolean } | undefined;
  let day = 1;
  if (kind === "numeric" || kind === "iso") {
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] ?? ""];
    year = kind === "iso" ? a : fullYear(c);
    month = { month: kind === "iso" ? b : a, misspelled: false };
    day = kind === "iso" ? Number(c) : b;
  } else {
    const wordAt = kind === "dmy" ? 2 : 1;
    month = monthOf(m[wordAt] ?? "");
    if (!month) return undefined;
    year = fullYear(kind === "my" ? (m[2] ?? "") : (m[3] ?? ""));
    if (kind !== "my") day = Number(kind === "dmy" ? m[1] : m[2]);
  }
  if (kind === "my") {
    const date = `${year}-${pad(month.month)}`;
    return month.misspelled ? { ...base, date, issue: "misspelled-month" } : { ...base, date };
  }
  const date = isoDate(year, month.month, day);
  if (date === undefined) return { ...base, issue: "invalid-date" };
  return month.misspelled ? { ...base, date, issue: "misspelled-month" } : { ...base, date };
}

/** Every date phrase in the text, in order; overlapping matches keep the earliest, longest one. */
export function findDatePhrases(text: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const phrase = phraseOf(m as RegExpExecArray, kind);
      if (phrase) found.push(phrase);
    }
  }
  found.sort((a, b) => a.index - b.index || b.asWritten.length - a.asWritten.length);
  const out: DatePhrase[] = [];
  let end = -1;
  for (const phrase of found) {
    if (phrase.index < end) continue;
    out.push(phrase);
    end = phrase.index + phrase.asWritten.length;
  }
  return out;
}

/** Reads one whole date phrase ("8 June 2015"); undefined when the text is not a date phrase. */
export function parseDatePhrase(text: string): DatePhrase | undefined {
  const trimmed = text.trim();
  const [first] = findDatePhrases(trimmed);
  return first && first.index === 0 && first.asWritten.length === trimmed.length ? first : undefined;
}
