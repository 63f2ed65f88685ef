// Diagnostic rules of the normalise passes, which run on the drafts of every reader alike once a
// release is read.
import { defineRules } from "../diagnostics/rule.ts";

export const normaliseRules = defineRules({
  "release/no-events": { severity: "warning", description: "A release produced no events at all." },
  "example/invalid-json": {
    severity: "warning",
    description:
      "A JSON example is not valid JSON and no well-known repair makes it valid; it is kept as written, with the parse error.",
  },
  "example/repaired-json": {
    severity: "info",
    description:
      "A JSON example is not valid JSON as written; well-known repairs (missing or trailing comma, unquoted value, page-break join) make it valid.",
  },
  "example/undocumented-field": {
    severity: "warning",
    description:
      "A JSON example of an event has a field that the release documents neither among the event's member fields, its context fields nor the common fields (where the release documents that level).",
  },
  "example/type-mismatch": {
    severity: "warning",
    description:
      "A JSON example of an event gives a field a value whose JSON type its documented type does not admit (a string where a number is documented, null where nullability is not stated).",
  },
  "shared-fields/unresolved": {
    severity: "warning",
    description:
      'An event says it shares member fields with another event ("serve the same purpose … as for X", "the same … fields as X"), but no event of the release carries that name, or the named event does not document a listed field; the field is kept under the name the list gives, with only what the event\'s own text says of it.',
  },
  "shared-fields/name-slip": {
    severity: "info",
    description:
      'A sentence sharing member fields names an event that no description carries ("edx.course.bookmark.added"); it was read as the one event of the same category, or else of the release, whose name differs from it by one dotted segment.',
  },
});
