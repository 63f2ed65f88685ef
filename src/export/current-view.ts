// The consolidated view of an event (`event.current`), as the catalog format describes it: its
// names, the fields of every release that covers it with the first and last release documenting
// each. Read structurally here, so that exports follow it wherever a catalog carries it and leave
// it out where it does not.
import type { RichText } from "../model/common-schema.ts";
import type { CatalogEvent, EventSource } from "../model/event-schema.ts";
import type { Example } from "../model/example-schema.ts";
import type { Field } from "../model/field-schema.ts";

export interface CurrentField extends Field {
  firstDocumentedIn: string;
  lastDocumentedIn: string;
  fields: CurrentField[];
}

export interface CurrentView {
  names: string[];
  category: string;
  audience: string;
  sources: EventSource[];
  description: RichText;
  descriptionRelease: string;
  contextFields: CurrentField[];
  eventFields: CurrentField[];
  examples: (Example & { release: string })[];
}

function isCurrentView(value: unknown): value is CurrentView {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v["names"]) && Array.isArray(v["eventFields"]) && Array.isArray(v["contextFields"]) && Array.isArray(v["examples"]);
}

/** The event's current view when the catalog carries one. */
export function currentViewOf(event: CatalogEvent): CurrentView | undefined {
  const current: unknown = (event as CatalogEvent & { current?: unknown }).current;
  return isCurrentView(current) ? current : undefined;
}
