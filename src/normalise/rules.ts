// Rule ids of the normalisation passes, which run on every reader's drafts alike.
import { defineRules } from "../diagnostics/rule.ts";

export const normaliseRules = defineRules({
  "example/undocumented-field": {
    severity: "warning",
    description: "A JSON example of an event has a field that the release documents neither among the event's member fields, its context fields nor the common fields (where the release documents that level).",
  },
  "example/type-mismatch": {
    severity: "warning",
    description: "A JSON example of an event gives a field a value whose JSON type its documented type does not admit (a string where a number is documented, null where nullability is not stated).",
  },
});
