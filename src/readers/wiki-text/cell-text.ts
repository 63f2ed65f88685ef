// Reads the value cells of a wiki row: a type split over two cells ("string/" + "json"), a values
// column split over two cells, a null-allowed cell printed with a Cyrillic "у" or clipped to "es".
// Names have their own repairs (name-repair.ts); these are the other cells.
import { wikiRules } from "./rules.ts";
import { foldLookAlikes } from "./name-repair.ts";
import type { WikiCell } from "./wiki-lines.ts";
import type { WikiContext } from "./wiki-context.ts";
import { positionAt, type SourcePosition } from "../../model/position.ts";

export type CellKind = "type" | "text" | "nullable";

const quote = (s: string): string => `'${s}'`;

/** Joins the fragments of one logical column that the print split into several cells. */
export function joinCellFragments(
  ctx: WikiContext,
  fragments: readonly WikiCell[],
  kind: CellKind,
  line: number,
): string {
  const parts = fragments.filter((f) => f.text !== "");
  const first = parts[0];
  if (!first) return "";
  if (parts.length === 1) return first.text;
  const texts = parts.map((p) => p.text);
  const place = positionAt(ctx.file, line, first.column);
  const shown = texts.map(quote).join(" + ");
  const joined = texts.join("");
  if (kind === "type" || kind === "nullable" || texts.slice(0, -1).every((t) => t.endsWith("/"))) {
    ctx.sink.report(wikiRules["wiki/repaired-cell"], `split cell ${shown} read as ${quote(joined)}`, place);
    return joined;
  }
  ctx.sink.report(
    wikiRules["wiki/garbled-cell"],
    `split cell ${shown} does not read as one word; kept as ${quote(texts.join(" "))}`,
    place,
  );
  return texts.join(" ");
}

/** "yes" / "no" of a null-allowed column, with look-alike letters and a clipped "y" repaired. */
export function readNullable(ctx: WikiContext, text: string, place: SourcePosition): boolean | undefined {
  if (text === "") return undefined;
  const folded = foldLookAlikes(text).toLowerCase();
  const word = ["yes", "no"].includes(folded)
    ? folded
    : ["yes", "no"].find((w) => w.endsWith(folded) && folded.length >= 1 && w !== folded);
  if (word === undefined) {
    ctx.sink.report(wikiRules["wiki/garbled-cell"], `null-allowed cell ${quote(text)} is neither yes nor no`, place);
    return undefined;
  }
  if (word !== text) {
    const why = folded === word ? "look-alike letters" : "the only null-allowed answer ending so";
    ctx.sink.report(
      wikiRules["wiki/repaired-cell"],
      `null-allowed cell ${quote(text)} read as ${quote(word)} (${why})`,
      place,
    );
  }
  return word === "yes";
}

const VALUE_TOKEN = /^(?:[a-z][a-z0-9_]*|\d+(?:\.\d+)?)$/;

/**
 * The values/format column holds either a list of literal values ("browser, server",
 * "0.75, 1.0, 1.25, 1.50", "gotopage") or a format ("$URL", "32 digits key",
 * "YYYY-MM-DDThh:mm:ss.xxxxx", prose). Only the first becomes `values`; a format stays in the
 * description so it remains visible. A lone "-" means nothing.
 */
export function readValuesFormat(text: string): { values?: string[]; format?: string } {
  const t = text.trim();
  if (t === "" || t === "-") return {};
  const tokens = t.split(/\s*,\s*/).filter((x) => x !== "");
  if (tokens.length > 0 && tokens.every((x) => VALUE_TOKEN.test(x))) return { values: tokens };
  return { format: t };
}
