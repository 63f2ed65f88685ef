// Cuts the Event Types table into row groups and gives each event its cells. A group is a run of
// grid rows that no cell crosses out of: usually one event, but a Component or Language cell that
// spans two events (play_video and pause_video share "Video") makes the two one group. Inside a
// group, a cell belongs to every event whose rows it overlaps, so a spanning cell is shared.
import type { DiagnosticSink } from "../../diagnostics/diagnostic-sink.ts";
import type { GridCell, GridTable } from "../rst/grid-table.ts";
import { columnOf, type TableLayout } from "./table-columns.ts";

export type EventColumn = "name" | "description" | "component" | "language" | "field" | "type" | "details";

export interface RowGroup {
  /** First grid row and the one after the last. */
  start: number;
  end: number;
  cells: Map<EventColumn, GridCell[]>;
}

export function eventColumnOf(heading: string): EventColumn | undefined {
  switch (heading) {
    case "event type":
      return "name";
    case "description":
      return "description";
    case "component":
      return "component";
    case "language":
      return "language";
    case "event fields":
      return "field";
    case "type":
      return "type";
    case "details":
      return "details";
    default:
      return undefined;
  }
}

export function rowGroupsOf(table: GridTable, layout: TableLayout<EventColumn>, sink: DiagnosticSink): RowGroup[] {
  const body = table.rows.slice(layout.bodyStart).flatMap((r) => r.cells);
  const crossed = new Set<number>();
  for (const cell of body) for (let b = cell.row + 1; b < cell.row + cell.rowSpan; b++) crossed.add(b);
  const groups: RowGroup[] = [];
  let start = layout.bodyStart;
  for (let b = layout.bodyStart + 1; b <= table.rows.length; b++) {
    if (crossed.has(b)) continue;
    groups.push({ start, end: b, cells: new Map() });
    start = b;
  }
  for (const cell of body) {
    const group = groups.find((g) => cell.row >= g.start && cell.row < g.end);
    const column = columnOf(layout, cell, table.position.file, sink);
    if (!group || !column) continue;
    const list = group.cells.get(column.key) ?? [];
    list.push(cell);
    group.cells.set(column.key, list);
  }
  for (const list of groups.flatMap((g) => [...g.cells.values()]))
    list.sort((a, b) => a.row - b.row || a.column - b.column);
  return groups;
}

export function overlaps(a: GridCell, b: GridCell): boolean {
  return a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan;
}

/** The cells of a column that overlap `cell`'s rows. */
export function overlapping(group: RowGroup, column: EventColumn, cell: GridCell): GridCell[] {
  return (group.cells.get(column) ?? []).filter((c) => overlaps(c, cell));
}
