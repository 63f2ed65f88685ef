// Rule ids of the merge stage: problems found while deciding which drafts of different
// releases are the same event. They are reported, never thrown; the merge always keeps every draft.
import { defineRules } from "../diagnostics/rule.ts";

export const mergeRules = defineRules({
  "merge/duplicate-event": {
    severity: "warning",
    description: "A release documents the same event name twice without telling the two apart (no browser/server variant).",
  },
  "merge/identity-conflict": {
    severity: "warning",
    description:
      "An identity link (a former name, a shared name, an alternate spelling) would join two events that one release documents separately; the link is not applied.",
  },
  "merge/duplicate-common-field": {
    severity: "warning",
    description: "A release documents the same common field twice; the first is kept.",
  },
  "merge/id-collision": {
    severity: "info",
    description: "Two canonical names give the same event id; the later one (by name) gets a numeric suffix.",
  },
});
