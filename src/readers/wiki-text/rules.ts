// Rule ids of the wiki-text reader: how the garbled tab-separated text of the 2013 wiki page was
// read, repaired, or left out. One catalog so the diagnostics page's list is generated from it.
import { defineRules } from "../../diagnostics/rule.ts";

export const wikiRules = defineRules({
  "wiki/repaired-name": {
    severity: "info",
    description:
      "A clipped or split field name or column header was repaired from a known name or from the same file; the message gives the original and repaired text.",
  },
  "wiki/unrepaired-name": {
    severity: "warning",
    description: "A field name looks clipped but no known name supports one repair; it is kept as written.",
  },
  "wiki/repaired-cell": {
    severity: "info",
    description:
      "A type, values or null-allowed cell split across columns or written with look-alike letters was joined or normalised.",
  },
  "wiki/garbled-cell": {
    severity: "warning",
    description: "Fragments of a split cell could not be read as one word; they are kept, joined by a space.",
  },
  "wiki/stray-text": {
    severity: "info",
    description: "A stray fragment (page number, overflow letter) was left out of a cell.",
  },
  "wiki/continued-cell": {
    severity: "info",
    description: "A row with only a values cell continues the values of the field above it.",
  },
  "wiki/unreadable-line": {
    severity: "warning",
    description: "A line whose text is jumbled (overlapping print) could not be read and is skipped.",
  },
  "wiki/lost-column": {
    severity: "warning",
    description: "A table lost its first column in the print; the header shows the clipped remainder.",
  },
  "wiki/lost-event-type": {
    severity: "warning",
    description:
      "Fields whose event_type cell is lost and that the text does not attach to a named event; the merge infers their event from neighbouring releases where the field sets allow (merge/inferred-event-name), or leaves them out (merge/unnamed-event).",
  },
  "wiki/unplaced-text": {
    severity: "info",
    description: "Prose or a table the catalog has no place for (page introduction, event sources) is skipped.",
  },
  "wiki/duplicate-event": {
    severity: "info",
    description: "An event written in two rows groups (book gotopage / nextpage) was merged into one event.",
  },
  "wiki/empty-source": {
    severity: "warning",
    description: "The source holds no table the reader recognises.",
  },
});
