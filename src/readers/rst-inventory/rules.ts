// Diagnostic rules of the 2013 inventory reader: the places where the inventory's grid tables say
// something the catalog cannot hold as written, and the choices the reader makes about them.
import { defineRules } from "../../diagnostics/rule.ts";

export const inventoryRules = defineRules({
  "inventory/header-without-separator": {
    severity: "info",
    description:
      "A table's first row is a header (Event Type, Description, …) but is closed by `-` rather than `=`; it is read as the header.",
  },
  "inventory/unknown-table": {
    severity: "warning",
    description: "A grid table whose header names neither common fields nor event types; it is skipped.",
  },
  "inventory/not-an-event-name": {
    severity: "warning",
    description:
      "An Event Type cell names a placeholder (`eventName`) rather than an event type; its event is skipped.",
  },
  "inventory/pattern-name": {
    severity: "info",
    description:
      "An Event Type cell names a pattern (`oe_[generated_event_type]`): the event is kept under that name, and the merge links it to the event types it matches.",
  },
  "inventory/stray-cell-text": {
    severity: "warning",
    description:
      "Text in a cell that the reader cannot place: a name cell holding prose, a field cell without a name, a cell spanning several columns.",
  },
  "inventory/unknown-language": {
    severity: "warning",
    description:
      "A Language cell names a language other than CoffeeScript, JavaScript or Python, so the event gets no source from it.",
  },
  "inventory/field-crosses-events": {
    severity: "info",
    description:
      "A field row crosses the border between two events of one row group; the group's fields are given to every event of the group.",
  },
  "inventory/documented-twice": {
    severity: "info",
    description:
      "The inventory documents one event name in two rows (browser and server); both drafts are kept, each with a variant.",
  },
  "inventory/see-above": {
    severity: "info",
    description:
      'A field\'s details say "(See above.)"; its member fields are copied from the earlier field of the same name.',
  },
  "inventory/prose-not-used": {
    severity: "info",
    description:
      "Introductory prose outside the tables; it describes the inventory, not an event, and is not carried into the catalog.",
  },
  "inventory/no-audience-part": {
    severity: "info",
    description:
      'The inventory is not divided into student and course-team parts, so its events get the audience "general".',
  },
});
