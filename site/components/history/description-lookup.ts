// The description texts a diff refers to ("description changed" names no text): looked up in the
// catalog (at build time) or in the two releases' slices (in the browser), so that the compare
// views can show the change as a word diff (of the text as read, without leftover markup).
import type { DiffableCatalog } from "../../../src/diff/diff-releases.ts";
import { fieldPaths } from "../../../src/merge/field-paths.ts";
import { cleanText } from "../../lib/clean-text.ts";

/** The description of an event (path undefined) or of one of its fields, in one release. */
export type DescriptionLookup = (eventId: string, release: string, path?: string) => string | undefined;

export function descriptionLookup(catalog: DiffableCatalog): DescriptionLookup {
  const events = new Map(catalog.events.map((e) => [e.id, e]));
  return (eventId, release, path) => {
    const snapshots = events.get(eventId)?.snapshots.filter((s) => s.release === release) ?? [];
    if (snapshots.length === 0) return undefined;
    const text =
      path === undefined ? snapshots[0]?.description.text : fieldPaths(snapshots).get(path)?.field.description.text;
    return text === undefined ? undefined : cleanText(text);
  };
}
