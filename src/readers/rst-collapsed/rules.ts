// Rule ids of the reader for RST whose line breaks were collapsed into spaces. The guesses this reader
// makes while rebuilding lines are reported here, so a reader of the catalog can see where they were made.
import { defineRules } from "../../diagnostics/rule.ts";

export const collapsedRules = defineRules({
  "collapsed/truncated": {
    severity: "warning",
    description:
      "The collapsed text stops mid-way (mid-sentence, inside a table row or a code block); what follows is not covered.",
  },
  "collapsed/commented-out-section": {
    severity: "info",
    description: "A comment comments out the whole section that follows it; the events of that section are not read.",
  },
  "collapsed/underline-only-title": {
    severity: "info",
    description: "A section title has an underline but no overline; its start is guessed from the underline's length.",
  },
  "collapsed/unknown-directive": {
    severity: "warning",
    description:
      "A directive the collapsed-text reader does not know; its content is taken to run until the next construct.",
  },
  "collapsed/unclosed-code-block": {
    severity: "warning",
    description: "A JSON code block whose braces never close; its content runs to the end of the text.",
  },
});
