// Diagnostic rules of the shared extraction helpers (history dates, fields). Readers pass their
// sink to these helpers, so the ids below appear in every reader's output.
import { defineRules } from "../diagnostics/rule.ts";

export const extractRules = defineRules({
  "history/invalid-date": {
    severity: "warning",
    description: "A history date names a day that does not exist (31 Feb), so it gets no ISO date.",
  },
  "history/misspelled-month": {
    severity: "warning",
    description: 'A history date misspells its month ("Semptember"); the date is read with the nearest month name.',
  },
  "history/vague-date": {
    severity: "info",
    description: 'A history entry gives a time that is not a date ("Added in the Fall"), so it gets no ISO date.',
  },
  "rich-text/html-as-text": {
    severity: "info",
    description:
      "An HTML fragment of the PDF text is not one of the tags the guide uses (code, tt, i, em, b, strong, p, ul, ol, li, br) or is never closed; it is shown as text, never as HTML.",
  },
  "field/duplicate-member": {
    severity: "warning",
    description: "A field's details list the same member field twice; the first one is kept.",
  },
});
