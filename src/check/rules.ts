// Rule ids of `check`: what a tracking log holds that the chosen release does not document, and
// lines or files that cannot be read.
import { defineRules } from "../diagnostics/rule.ts";

export const checkRules = defineRules({
  "check/invalid-json": {
    severity: "error",
    description: "A log line is not JSON; reported with the parse error and its column, and the check goes on.",
  },
  "check/not-an-object": { severity: "error", description: "A log line is JSON but not an object." },
  "check/unreadable-file": {
    severity: "error",
    description: "An input file is missing, empty or binary; the other files are still checked.",
  },
  "check/missing-event-type": { severity: "warning", description: "A log line has no string event_type." },
  "check/undocumented-event": {
    severity: "warning",
    description: "An event type that no release documents (URL paths are page views, not this).",
  },
  "check/added-later": { severity: "warning", description: "An event type first documented after the chosen release." },
  "check/removed-earlier": {
    severity: "warning",
    description: "An event type last documented before the chosen release.",
  },
  "check/not-in-release": {
    severity: "warning",
    description: "An event type documented before and after the chosen release, but not in it.",
  },
  "check/release-does-not-cover": {
    severity: "info",
    description:
      "The chosen release does not cover an event's part of the docs (or is cut off); the event was checked against the newest release that documents it.",
  },
  "check/undocumented-field": {
    severity: "warning",
    description: "A field path of the payload, context or common fields that the release does not document.",
  },
  "check/type-mismatch": {
    severity: "warning",
    description: "A field holds a JSON type other than the documented one.",
  },
  "check/number-as-string": {
    severity: "warning",
    description: "A field documented as a number holds a string with a number in it.",
  },
});
