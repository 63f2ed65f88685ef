// Windows of REAL text from the five sources in content/sources, one per format, as the fuzz tests'
// starting points. Line windows for the line-based sources; character windows for the 2023 file,
// which lost its line breaks and is one line of 100 KB. The 2016 guide's window keeps the table of
// contents in front (and the chapter title when the window starts inside the chapter), since the
// reader finds its chapters through them; without it every window would be "no chapter found".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { SourceFormat } from "../../../src/model/release-schema.ts";

const SOURCES_DIR = join(import.meta.dirname, "../../../content/sources");

export interface SourceSpec {
  format: SourceFormat;
  /** The file's name in content/sources, also used (under sources/) as the path the reader sees. */
  file: string;
  unit: "lines" | "characters";
  min: number;
  max: number;
  /** First line (1-based) windows may start at; windows of the 2016 guide stay in chapters 11–13. */
  from?: number;
  /** Start of the undamaged baseline window (in lines after `from`); a part of the source with events. */
  baselineStart?: number;
}

export const SOURCE_SPECS: readonly SourceSpec[] = [
  { format: "wiki-text", file: "2013-wiki-tracking-logs.txt", unit: "lines", min: 40, max: 200 },
  { format: "rst-inventory", file: "2013-inventory-tracking-logs.rst", unit: "lines", min: 40, max: 200 },
  { format: "rst", file: "2014-05-tracking-logs.rst", unit: "lines", min: 40, max: 200, baselineStart: 273 },
  {
    format: "pdf-text",
    file: "2016-04-26-edx-research-guide.txt",
    unit: "lines",
    min: 40,
    max: 200,
    from: 2700,
    baselineStart: 700,
  },
  { format: "rst-collapsed", file: "2023-openedx-student-event-types.rst", unit: "characters", min: 500, max: 16_000 },
];

/** The 2016 guide's table of contents ends on this line; its chapter titles stand alone on these lines. */
const PDF_TOC_END = 94;
const PDF_EVENTS_CHAPTER = { line: 3028, title: "Events in the Tracking Logs" };

export function readSource(spec: SourceSpec): string {
  return readFileSync(join(SOURCES_DIR, spec.file), "utf8");
}

export interface Window {
  start: number;
  length: number;
}

export const windowArbitrary = (spec: SourceSpec): fc.Arbitrary<Window> =>
  fc.record({ start: fc.nat({ max: 1_000_000 }), length: fc.integer({ min: spec.min, max: spec.max }) });

/** The window's text, cut from the whole source; `start` is taken modulo the room there is. */
export function cutWindow(spec: SourceSpec, source: string, window: Window): string {
  if (spec.unit === "characters") {
    const length = Math.min(window.length, source.length);
    const start = window.start % (source.length - length + 1);
    return source.slice(start, start + length);
  }
  const lines = source.split("\n");
  const from = (spec.from ?? 1) - 1;
  const length = Math.min(window.length, lines.length - from);
  const start = from + (window.start % (lines.length - from - length + 1));
  const body = lines.slice(start, start + length);
  if (spec.format !== "pdf-text") return body.join("\n");
  const frame = lines.slice(0, PDF_TOC_END);
  if (start + 1 > PDF_EVENTS_CHAPTER.line) frame.push("", PDF_EVENTS_CHAPTER.title, "");
  return [...frame, ...body].join("\n");
}
