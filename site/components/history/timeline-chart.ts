// The geometry of an event's timeline picture: releases placed by date on a time axis (years
// marked), a row with the
// spans where the event is documented, rows with markers where the event and its fields changed
// (found by comparing releases: inferred), and a row with the dates its History states, placed by
// date between the releases. Pure numbers and words; TimelineChart.astro draws them.
import type { StatedDate } from "../../../src/model/timeline-schema.ts";
import type { CellState } from "../../pages/coverage/_coverage-matrix.ts";
import { changeText, type EventHistory } from "./event-history-data.ts";

const CHART = { width: 720, left: 118, right: 16, rowHeight: 30, top: 8 } as const;
export const ROWS = ["Documented", "Event changes", "Field changes", "Stated in History"] as const;

export interface ColumnBox {
  id: string;
  x: number;
  state: CellState;
}

export interface SpanBox {
  x: number;
  width: number;
  state: CellState;
  title: string;
}

export interface Marker {
  x: number;
  row: number;
  count: number;
  title: string;
}

export interface TimelineChartData {
  width: number;
  height: number;
  rowY: number[];
  axisY: number;
  columns: ColumnBox[];
  spans: SpanBox[];
  inferred: Marker[];
  stated: Marker[];
  summary: string;
  years: YearTick[];
}

const STATE_WORDS: Record<CellState, string> = {
  documented: "documented",
  absent: "not documented (covered)",
  "not-covered": "not covered",
};

function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** x of a date: piecewise linear between the releases' dates, clamped just outside the first and last. */
function dateX(date: string, columns: readonly { x: number; date: string }[], step: number): number {
  const t = dayNumber(date);
  const first = columns[0];
  const last = columns.at(-1);
  if (!first || !last || Number.isNaN(t)) return first?.x ?? 0;
  if (t <= dayNumber(first.date)) return first.x - step * 0.4;
  if (t >= dayNumber(last.date)) return last.x + step * 0.4;
  for (let i = 0; i + 1 < columns.length; i++) {
    const a = columns[i];
    const b = columns[i + 1];
    if (!a || !b) continue;
    const da = dayNumber(a.date);
    const db = dayNumber(b.date);
    if (t >= da && t <= db) return db === da ? a.x : a.x + ((t - da) / (db - da)) * (b.x - a.x);
  }
  return last.x;
}

interface PlacedColumn extends ColumnBox {
  /** Left and right edge of the column's box: halfway to its neighbours. */
  from: number;
  to: number;
}

function runs(columns: readonly PlacedColumn[]): SpanBox[] {
  const out: SpanBox[] = [];
  for (const c of columns) {
    const prev = out.at(-1);
    if (prev && prev.state === c.state && c.state === "documented") {
      prev.width = c.to - 1 - prev.x;
      prev.title = `${prev.title.replace(/ \(.*$/, "")}, ${c.id} (documented)`;
      continue;
    }
    out.push({
      x: c.from + 1,
      width: Math.max(c.to - c.from - 2, 2),
      state: c.state,
      title: `${c.id} (${STATE_WORDS[c.state]})`,
    });
  }
  return out;
}

/** Years to label on the axis, with their x. */
export interface YearTick {
  year: number;
  x: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function statedTitle(s: StatedDate): string {
  return `${s.dateAsWritten ?? s.date ?? ""}: ${s.kind}, stated in ${s.release}`;
}

export function timelineChart(name: string, history: EventHistory): TimelineChartData {
  // Releases placed by date: the axis runs from the first release's date to the last one's.
  const days = history.columns.map((c) => dayNumber(c.date));
  const firstDay = Math.min(...days);
  const lastDay = Math.max(...days);
  const span = Math.max(lastDay - firstDay, 1);
  const plot = CHART.width - CHART.left - CHART.right - 20;
  const xOfDay = (d: number): number =>
    CHART.left + 10 + ((Math.min(Math.max(d, firstDay), lastDay) - firstDay) / span) * plot;
  const xs = days.map(xOfDay);
  const columns: (PlacedColumn & { date: string })[] = history.columns.map((c, i) => {
    const x = xs[i] ?? CHART.left;
    const before = xs[i - 1];
    const after = xs[i + 1];
    return {
      id: c.id,
      x,
      state: c.state,
      date: c.date,
      from: before === undefined ? x - 6 : (before + x) / 2,
      to: after === undefined ? x + 6 : (x + after) / 2,
    };
  });
  const step = 12;
  const years: YearTick[] = [];
  const firstYear = new Date(firstDay * 86_400_000).getUTCFullYear() + 1;
  const lastYear = new Date(lastDay * 86_400_000).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++)
    years.push({ year, x: xOfDay(Date.UTC(year, 0, 1) / 86_400_000) });
  const rowY = ROWS.map((_, i) => CHART.top + CHART.rowHeight * i + CHART.rowHeight / 2);
  const inferred: Marker[] = [];
  history.columns.forEach((c, i) => {
    const x = columns[i]?.x ?? 0;
    if (c.eventChanges.length > 0)
      inferred.push({
        x,
        row: 1,
        count: c.eventChanges.length,
        title: `${c.id}: ${c.eventChanges.map(changeText).join("; ")}`,
      });
    if (c.fieldChanges.length > 0)
      inferred.push({
        x,
        row: 2,
        count: c.fieldChanges.length,
        title: `${c.id}: ${c.fieldChanges.length} field changes`,
      });
  });
  const stated = history.stated
    .filter((s) => s.date !== undefined)
    .map((s) => ({ x: dateX(s.date ?? "", columns, step), row: 3, count: 1, title: statedTitle(s) }));
  const documented = history.columns.filter((c) => c.state === "documented").map((c) => c.id);
  const gaps = history.columns.filter((c) => c.state !== "documented").map((c) => `${c.id} ${STATE_WORDS[c.state]}`);
  const changeCount = inferred.reduce((k, m) => k + m.count, 0);
  const summary = [
    `Timeline of ${name} across ${history.columns.length} releases.`,
    `Documented in ${documented.join(", ") || "none"}${gaps.length > 0 ? `; ${gaps.join("; ")}` : ""}.`,
    `${plural(changeCount, "change")} found by comparing releases; ${plural(stated.length, "date")} stated in its History.`,
    "The history list gives the same changes as text.",
  ].join(" ");
  return {
    width: CHART.width,
    height: CHART.top + CHART.rowHeight * ROWS.length + 40,
    rowY,
    axisY: CHART.top + CHART.rowHeight * ROWS.length + 4,
    columns,
    spans: runs(columns),
    years,
    inferred,
    stated,
    summary,
  };
}
