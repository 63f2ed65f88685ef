// Tells the five source formats apart from the text alone, for a manifest source that states no
// format. Each format leaves marks the others lack: the 2013 inventory keeps most of its text in
// grid tables with an "Event Type" header; collapsed RST has very long lines with RST markers in
// mid-line; plain RST has those markers at line starts and no tabs; the PDF-derived guide has tabs
// together with numbered headings, ``` fences, <code> and "Chapter N." running heads; the wiki
// print has tabs and none of the other marks. When the marks do not point one way, the answer is
// undefined and the caller reports it.
import type { SourceFormat } from "../model/release-schema.ts";

export interface DetectedFormat {
  format: SourceFormat;
  /** 0–1: how clearly the marks point to the format. */
  confidence: number;
  reason: string;
}

interface TextMarks {
  nonBlank: number;
  longestLine: number;
  /** Share of the characters that sit in lines longer than 1,000 characters. */
  longLineShare: number;
  midLineRst: number;
  lineStartRst: number;
  gridLines: number;
  eventTypeHeader: boolean;
  tabLines: number;
  numberedHeadings: number;
  fences: number;
  htmlCode: number;
  chapterHeads: number;
}

const DIRECTIVE = /^\.\. [a-z][\w-]*::/;
const LABEL = /^\.\. _[^:]+:\s*$/;
const ADORNMENT = /^([=#*~^"+-])\1{3,}\s*$/;
const MID_LINE_RST = / \.\. [a-z][\w-]*:: | \.\. _[^:\s][^:]*: | ([=#*])\1{5,} /g;
const GRID_LINE = /^\s*(\+[-=+]+\+|\|.*\|)\s*$/;

function isBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return control > 0 && control / text.length > 0.01;
}

function readMarks(text: string): TextMarks {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const marks: TextMarks = {
    nonBlank: 0,
    longestLine: 0,
    longLineShare: 0,
    midLineRst: 0,
    lineStartRst: 0,
    gridLines: 0,
    eventTypeHeader: false,
    tabLines: 0,
    numberedHeadings: 0,
    fences: 0,
    htmlCode: 0,
    chapterHeads: 0,
  };
  let longChars = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    marks.nonBlank++;
    marks.longestLine = Math.max(marks.longestLine, line.length);
    if (line.length > 1000) {
      longChars += line.length;
      marks.midLineRst += line.match(MID_LINE_RST)?.length ?? 0;
    }
    if (DIRECTIVE.test(line) || LABEL.test(line) || ADORNMENT.test(line)) marks.lineStartRst++;
    if (GRID_LINE.test(line)) {
      marks.gridLines++;
      if (/^\s*\|\s*(\*\*)?Event Type(\*\*)?\s*\|/i.test(line)) marks.eventTypeHeader = true;
    }
    if (line.includes("\t")) marks.tabLines++;
    if (/^\d+(\.\d+)+\s+[A-Z]/.test(line)) marks.numberedHeadings++;
    if (/^```/.test(line)) marks.fences++;
    if (line.includes("<code>")) marks.htmlCode++;
    if (/\bChapter \d+\.\s+\S/.test(line)) marks.chapterHeads++;
  }
  marks.longLineShare = text.length === 0 ? 0 : longChars / text.length;
  return marks;
}

const round = (n: number): number => Math.round(n * 100) / 100;

function scoreFormats(m: TextMarks): DetectedFormat[] {
  const out: DetectedFormat[] = [];
  const tabShare = m.tabLines / m.nonBlank;
  const gridShare = m.gridLines / m.nonBlank;
  const pdfMarks =
    (m.numberedHeadings >= 3 ? 1 : 0) +
    (m.fences >= 2 ? 1 : 0) +
    (m.htmlCode >= 2 ? 1 : 0) +
    (m.chapterHeads >= 1 ? 1 : 0);
  if (m.longLineShare > 0.5 && m.midLineRst >= 3) {
    out.push({
      format: "rst-collapsed",
      confidence: round(Math.min(1, 0.6 + m.longLineShare * 0.2 + Math.min(m.midLineRst, 20) / 100)),
      reason: `${Math.round(m.longLineShare * 100)}% of the text is in lines over 1,000 characters (longest ${m.longestLine}) with ${m.midLineRst} RST markers in mid-line`,
    });
  }
  if (m.eventTypeHeader && gridShare >= 0.4) {
    out.push({
      format: "rst-inventory",
      confidence: round(Math.min(1, 0.5 + gridShare * 0.5)),
      reason: `${Math.round(gridShare * 100)}% of the non-blank lines are grid-table lines, with an "Event Type" header`,
    });
  }
  if (m.lineStartRst >= 1 && tabShare < 0.05 && m.longLineShare < 0.5) {
    const inventoryLike = m.eventTypeHeader && gridShare >= 0.4;
    out.push({
      format: "rst",
      confidence: round(inventoryLike ? 0.4 : Math.min(1, 0.55 + Math.min(m.lineStartRst, 20) / 50)),
      reason: `${m.lineStartRst} lines start with RST directives, labels or title adornments; no tabs`,
    });
  }
  if (m.tabLines >= 3 && pdfMarks >= 2 && m.lineStartRst < m.nonBlank * 0.05) {
    out.push({
      format: "pdf-text",
      confidence: round(Math.min(1, 0.5 + pdfMarks * 0.12)),
      reason: `tab-separated tables with ${m.numberedHeadings} numbered headings, ${m.fences} code fences, ${m.htmlCode} lines with <code> and ${m.chapterHeads} "Chapter N." running heads`,
    });
  }
  if (m.tabLines >= 3 && tabShare >= 0.2 && pdfMarks === 0 && m.lineStartRst === 0 && m.gridLines === 0) {
    out.push({
      format: "wiki-text",
      confidence: round(Math.min(0.95, 0.5 + tabShare * 0.5)),
      reason: `${Math.round(tabShare * 100)}% of the non-blank lines are tab-separated, with no RST markup and none of the PDF guide's headings, fences or <code>`,
    });
  }
  return out.sort((a, b) => b.confidence - a.confidence || a.format.localeCompare(b.format));
}

export function detectFormat(text: string, path: string): DetectedFormat | undefined {
  if (text.trim() === "" || isBinary(text)) return undefined;
  const [best, second] = scoreFormats(readMarks(text));
  if (!best || best.confidence < 0.5) return undefined;
  if (second && best.confidence - second.confidence < 0.1) return undefined;
  // The path is a weak hint only: an ".rst" name never overrides the text, it just says so.
  const hint = /\.rst$/i.test(path) && !best.format.startsWith("rst") ? ` (despite the .rst name of ${path})` : "";
  return { ...best, reason: best.reason + hint };
}
