// Rule ids of the merge stage: problems found while deciding which drafts of different
// releases are the same event. They are reported, never thrown; the merge always keeps every draft.
import { defineRules } from "../diagnostics/rule.ts";

export const mergeRules = defineRules({
  "merge/duplicate-event": {
    severity: "warning",
    description:
      "A release documents the same event name twice without telling the two apart (no browser/server variant).",
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
  "merge/inferred-event-name": {
    severity: "warning",
    description:
      "Fields whose event name the text lost (the 2013 wiki's server rows) are given the name of the one event of the neighbouring releases that documents all of them; the snapshot's nameEvidence says so.",
  },
  "merge/unnamed-event": {
    severity: "warning",
    description:
      "Fields whose event name the text lost match no single event of the neighbouring releases (or are too few to tell); they are left out.",
  },
  "merge/id-collision": {
    severity: "info",
    description: "Two canonical names give the same event id; the later one (by name) gets a numeric suffix.",
  },
});
