// Work that must grow linearly with its input, timed on growing inputs: a rich-text description
// repeated, RST inline markup that never closes (each unclosed start-string would otherwise search
// the rest of the text), and the 2016 Research Guide read whole, with its events chapter twice and ten times over.
// Each row gives the ratio of the larger input's CPU time to the smaller one's against a budget:
// the input's growth times a margin for a shared machine. The tests check the same code by
// structure (counted searches), not by time.
import { readFileSync } from "node:fs";
import { createDiagnosticSink } from "../src/diagnostics/diagnostic-sink.ts";
import { textToRichText } from "../src/extract/rich-text.ts";
import { rstInlineToMdast } from "../src/extract/rst-inline.ts";
import { readGuideText } from "../src/readers/pdf-text/pdf-text-reader.ts";
import { timeMedian } from "./timing.ts";

const GUIDE = "content/sources/2016-04-26-edx-research-guide.txt";
/** Chapters 11 (the event list, from line 2782) and 12 (the events, lines 3028 to 6619) of the guide. */
const CHAPTER_11 = { from: 2782 };
const CHAPTER_12 = { from: 3028, to: 6619 };
/** The guide read whole, after warm-up: the bound the reader is held to. */
const GUIDE_BUDGET_MS = 1_500;
/** A description from the guides: bullets run together, literals, a role, HTML and Markdown. */
const DESCRIPTION =
  "For each problem ID value listed by ``answers``, provides: * ``correctness``: string; 'correct', 'incorrect' * ``hint``: string; see :ref:`common` and <code>x</code> [a](#) **b**.";
const LABEL = 52;
const UNCLOSED = ["`a ", "*a ", "**a ", ":ref:`x ", "``a ", "_`a "] as const;

interface Row {
  label: string;
  smallMs: number;
  largeMs: number;
  /** How much larger the larger input is, as shown. */
  growth: string;
  budget: number;
}

function verdict(ok: boolean): string {
  return ok ? "within budget" : "OVER BUDGET";
}

function format(row: Row): string {
  const ratio = row.largeMs / Math.max(row.smallMs, 0.001);
  return `${row.label.padEnd(LABEL)}${row.smallMs.toFixed(1).padStart(8)} →${row.largeMs.toFixed(1).padStart(9)} ms cpu  ${ratio.toFixed(1).padStart(6)}× for ${row.growth} the input (budget ${row.budget}×: ${verdict(ratio <= row.budget)})`;
}

function cpuMs(runs: number, fn: () => void): number {
  return timeMedian(runs, fn).cpuMs;
}

function richText(): Row {
  const run = (copies: number) => (): void => {
    for (let i = 0; i < 10; i++)
      for (const syntax of ["rst", "pdf"] as const) textToRichText(`${DESCRIPTION} ${i} `.repeat(copies), syntax);
  };
  return {
    label: "rich text, description ×4 → ×32",
    smallMs: cpuMs(5, run(4)),
    largeMs: cpuMs(5, run(32)),
    growth: "8×",
    budget: 24,
  };
}

function rstInline(piece: string): Row {
  const run = (n: number) => {
    const text = piece.repeat(n);
    return (): void => {
      rstInlineToMdast(text);
    };
  };
  return {
    label: `rst inline, unclosed ${JSON.stringify(piece)} ×10,000 → ×200,000`,
    smallMs: cpuMs(3, run(10_000)),
    largeMs: cpuMs(3, run(200_000)),
    growth: "20×",
    budget: 120,
  };
}

function guide(): string[] {
  const text = readFileSync(GUIDE, "utf8");
  const lines = text.split("\n");
  const chapter = lines.slice(CHAPTER_12.from, CHAPTER_12.to).join("\n");
  const doubled = [...lines.slice(0, CHAPTER_12.to), chapter, ...lines.slice(CHAPTER_12.to)].join("\n");
  const read = (input: string) => (): void => {
    readGuideText({ path: GUIDE, text: input }, createDiagnosticSink());
  };
  const once = timeMedian(7, read(text));
  const twice = timeMedian(5, read(doubled));
  // Ten copies: the first table of contents (or, without one, the first chapter titles) places the
  // chapters of the first copy, so the copies after it cost their scan, not another reading.
  const tenfold = timeMedian(3, read(Array(10).fill(text).join("")));
  const chapters = lines.slice(CHAPTER_11.from - 1, CHAPTER_12.to).join("\n");
  const chaptersTenfold = timeMedian(3, read(Array(10).fill(chapters).join("\n")));
  return [
    `${"pdf text, the 2016 guide read whole".padEnd(LABEL)}${once.wallMs.toFixed(1).padStart(8)} ms wall ${once.cpuMs.toFixed(1).padStart(8)} ms cpu  (budget ${GUIDE_BUDGET_MS} ms cpu: ${verdict(once.cpuMs <= GUIDE_BUDGET_MS)})`,
    format({
      label: "pdf text, guide → its events chapter twice",
      smallMs: once.cpuMs,
      largeMs: twice.cpuMs,
      growth: "at most 2×",
      budget: 3,
    }),
    format({
      label: "pdf text, guide → guide ×10",
      smallMs: once.cpuMs,
      largeMs: tenfold.cpuMs,
      growth: "10×",
      budget: 10,
    }),
    format({
      label: "pdf text, guide → chapters 11–12 ×10, no contents",
      smallMs: once.cpuMs,
      largeMs: chaptersTenfold.cpuMs,
      growth: "about 5×",
      budget: 10,
    }),
  ];
}

export function benchLinearWork(): string[] {
  return [
    format(richText()),
    ...UNCLOSED.map((piece) => format(rstInline(piece))),
    ...guide(),
    "(medians of cpu time after a warm-up; the budget is the input's growth times a margin for a shared machine)",
  ];
}
