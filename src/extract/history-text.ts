// Splits the history prose of an event or field ("Added 23 Oct 2013; ``user_id`` added 6 Nov
// 2013.", "Prior to 15 Oct 2013, this event was named ``save_problem_check``") into dated
// entries with a kind and the field and event names they mention, so that history can be
// compared across releases.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { HistoryEntry, HistoryKind } from "../model/common-schema.ts";
import {
  lineSpan,
  positionAt,
  positionInText,
  textSpan,
  type SourcePosition,
  type SourceSpan,
} from "../model/position.ts";
import { type DatePhrase, findDatePhrases } from "./history-date.ts";
import { mentionedNames } from "./history-names.ts";
import { type MarkupSyntax, textToRichText } from "./rich-text.ts";
import { extractRules } from "./rules.ts";

const LABEL = /^\s*(?:\*\*)?History(?:\*\*)?\s*:?\s*/i;
// Sentence ends: ". " / "; " before a capital, a quote, a digit or a bullet; or a bullet itself.
const SENTENCE_END = /(?<=[.;])\s+(?=[A-Z0-9`<"*•])|\s+(?=[*•]\s)/g;
const CHANGE_VERB =
  /^(?:[*•]\s*)?(?:added|updated|changed|corrected|renamed|replaced|deprecated|removed|expanded|introduced|made|modified|enhanced|deleted)\b/i;
const DATE_LEAD = /^(?:[*•]\s*)?(?:(?:on|as of|prior to|before|after|since|in|beginning|starting|until|from)\s+)?$/i;
const VERB_ANYWHERE =
  /\b(?:added|updated|changed|renamed|replaced|deprecated|removed|introduced|named|emitted|began|released)\b/i;

const KINDS: ReadonlyArray<readonly [RegExp, HistoryKind]> = [
  [
    /\b(?:renamed|(?:was|were) (?:previously |formerly )?named|original name|former(?:ly)? (?:name|named|called)|replaced|now maps to|promoted to a new naming)\b/i,
    "renamed",
  ],
  [/\bdeprecated\b/i, "deprecated"],
  [/\b(?:removed|no longer|deleted|discontinued|stopped)\b/i, "removed"],
  [/\b(?:added|introduced|began to)\b/i, "added"],
  [/\b(?:updated|changed|corrected|expanded|enhanced|modified|prior to|before|as of|since)\b/i, "updated"],
];

/** The kind its wording gives, and where that wording is (to pick the date that goes with it). */
function kindOf(text: string): { kind: HistoryKind; at: number } {
  for (const [pattern, kind] of KINDS) {
    const m = pattern.exec(text);
    if (m) return { kind, at: m.index + m[0].length };
  }
  return { kind: "note", at: 0 };
}

/** The date that goes with the wording ("…since July 2013, and was removed on 16 March 2016"). */
function dateFor(dates: readonly DatePhrase[], wordingEnd: number): DatePhrase | undefined {
  const after = dates.find((d) => d.index >= wordingEnd && d.index - wordingEnd <= 12);
  return after ?? dates.find((d) => d.date !== undefined) ?? dates[0];
}

interface Sentence {
  text: string;
  start: number;
  end: number;
}

function sentencesOf(text: string, offset: number): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  const push = (end: number): void => {
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== "") out.push({ text: body, start: offset + at + lead, end: offset + at + lead + body.length });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** Whether a sentence begins a new entry rather than continuing the one before it. */
function startsEntry(sentence: string, dates: readonly DatePhrase[]): boolean {
  if (CHANGE_VERB.test(sentence)) return true;
  const first = dates[0];
  if (!first) return false;
  if (DATE_LEAD.test(sentence.slice(0, first.index))) return true;
  return VERB_ANYWHERE.test(sentence);
}

function provenanceAt(text: string, start: number, end: number, provenance: SourceSpan): SourceSpan {
  const first = provenance.start.line;
  const startLine = first + (text.slice(0, start).match(/\n/g)?.length ?? 0);
  const endLine = first + (text.slice(0, end).match(/\n/g)?.length ?? 0);
  const line = Math.min(startLine, provenance.end.line);
  const lastLine = Math.min(Math.max(endLine, startLine), provenance.end.line);
  if (provenance.end.column === undefined || text.slice(0, end).includes("\n"))
    return lineSpan(provenance.file, line, lastLine);
  const column = provenance.start.column;
  return textSpan(
    provenance.file,
    { line, column: column + start },
    { line: lastLine, column: column + Math.max(start, end - 1) },
  );
}

function reportDate(
  phrase: DatePhrase,
  text: string,
  offset: number,
  sink: DiagnosticSink,
  place: SourcePosition,
): void {
  const { file, start } = positionInText(text, offset + phrase.index, place);
  const where = positionAt(file, start.line, start.column, {
    line: start.line,
    column: start.column + phrase.asWritten.length - 1,
  });
  if (phrase.issue === "misspelled-month") {
    sink.report(
      extractRules["history/misspelled-month"],
      `history date "${phrase.asWritten}" misspells its month; read as ${phrase.date ?? "?"}`,
      where,
    );
  } else if (phrase.issue === "invalid-date") {
    sink.report(extractRules["history/invalid-date"], `history date "${phrase.asWritten}" is not a valid date`, where);
  } else if (phrase.issue === "vague") {
    sink.report(extractRules["history/vague-date"], `history gives "${phrase.asWritten}" instead of a date`, where);
  }
}

/** Splits history prose into entries; date problems become diagnostics when a sink is given. */
export function parseHistory(
  text: string,
  syntax: MarkupSyntax,
  provenance?: SourceSpan,
  sink?: DiagnosticSink,
  place?: SourcePosition,
): HistoryEntry[] {
  const label = LABEL.exec(text)?.[0].length ?? 0;
  const body = text.slice(label);
  const groups: { sentences: Sentence[]; dates: DatePhrase[] }[] = [];
  for (const sentence of sentencesOf(body, label)) {
    const dates = findDatePhrases(sentence.text);
    const last = groups[groups.length - 1];
    if (!last || startsEntry(sentence.text, dates)) groups.push({ sentences: [sentence], dates });
    else last.sentences.push(sentence);
    if (sink && place) for (const d of dates) if (d.issue) reportDate(d, text, sentence.start, sink, place);
  }
  return groups.map(({ sentences, dates }) => {
    const source = sentences.map((s) => s.text).join(" ");
    const plain = textToRichText(source, syntax).text.replace(/\s*[;,]$/, "");
    const firstText = sentences[0]?.text ?? "";
    const firstKind = kindOf(firstText);
    const kind = firstKind.kind === "note" ? kindOf(source).kind : firstKind.kind;
    const entry: HistoryEntry = { kind, text: plain, ...mentionedNames(source) };
    const dated = dateFor(dates, firstKind.kind === "note" ? 0 : firstKind.at);
    if (dated?.date !== undefined) entry.date = dated.date;
    if (dated) entry.dateAsWritten = dated.asWritten;
    const first = sentences[0];
    const lastSentence = sentences[sentences.length - 1];
    if (provenance && first && lastSentence)
      entry.provenance = provenanceAt(text, first.start, lastSentence.end, provenance);
    return entry;
  });
}
