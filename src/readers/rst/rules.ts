// The diagnostics of the RST reader: one catalog of rule ids, each with its default severity and
// the sentence the diagnostics page lists. Parser rules describe the markup; extraction rules describe
// documentation that does not fit the catalog's shape.
import { defineRules } from "../../diagnostics/rule.ts";

export const rstRules = defineRules({
  "rst/unknown-directive": {
    severity: "warning",
    description: "A directive the reader does not know; its content is kept as a skipped block.",
  },
  "rst/unknown-directive-option": {
    severity: "warning",
    description:
      "A directive is given an option its option spec does not list (docutils and Sphinx name the options each directive takes); the option is left out.",
  },
  "rst/invalid-directive-option": {
    severity: "warning",
    description:
      "A directive option's value does not fit its kind (a flag given a value, a word where a whole number or a length belongs, a choice outside its list); the option is left out.",
  },
  "rst/include-not-found": {
    severity: "error",
    description: "An `.. include::` names a file that is not among the release's files.",
  },
  "rst/include-outside-release": {
    severity: "warning",
    description:
      "An `.. include::` names a file outside the folder of the release's files (upstream, a shared file of link targets); it is not read.",
  },
  "rst/include-cycle": {
    severity: "error",
    description: "An `.. include::` would include a file that is already being included.",
  },
  "rst/title-underline-short": {
    severity: "info",
    description: "A section title's adornment is shorter than the title text.",
  },
  "rst/indented-title": {
    severity: "warning",
    description: "A section title is indented; it is read as a title anyway.",
  },
  "rst/title-level-skipped": {
    severity: "warning",
    description: "A section title style first appears more than one level below the current section.",
  },
  "rst/missing-blank-line": {
    severity: "info",
    description: "Explicit markup or a paragraph ends without the blank line RST requires.",
  },
  "rst/unexpected-indentation": {
    severity: "info",
    description: "A paragraph is followed by more indented text without a blank line.",
  },
  "rst/malformed-table": {
    severity: "warning",
    description: "A list-table, simple table or csv-table whose rows cannot be read.",
  },
  "rst/grid-table-unreadable": {
    severity: "warning",
    description: "A grid table the grid-table parser could not read; kept as a skipped block.",
  },
  "rst/event-in-comment": {
    severity: "warning",
    description:
      "A comment holds what looks like event documentation (an event title or a list-table); it is not content.",
  },
  "rst/unrecognised-table": {
    severity: "info",
    description: "A table inside an event section whose header is not Field / Type / Details.",
  },
  "rst/non-event-code": {
    severity: "info",
    description: "A code block in an event section that is not an event example (e.g. Python source).",
  },
  "rst/type-details-swapped": {
    severity: "warning",
    description: "A common field gives its description under **Type** and its type under **Details**.",
  },
  "rst/empty-event-description": {
    severity: "info",
    description: "An event section has no description text, or an unfinished one.",
  },
  "rst/example-without-event": {
    severity: "warning",
    description: "An example section follows no event section it could belong to; it is skipped.",
  },
  "rst/listed-events": {
    severity: "info",
    description:
      "A section with event subsections also lists event names in a bullet list, or an inventory table (Event | Fields | Type) names events; the names that no section of the release documents are read as events (with the section's text, or the row's fields), the others as a table of contents.",
  },
  "rst/only-other-build": {
    severity: "info",
    description: "An `.. only::` block for another build of the guide (Open_edX); the Partners text is read instead.",
  },
  "rst/field-without-name": {
    severity: "warning",
    description: "A field table row continues no field (its first cell is empty and no field precedes it).",
  },
  "rst/unresolved-reference": {
    severity: "info",
    description: "An event list entry points at a label that no section of the release carries.",
  },
  "rst/merge-conflict-marker": {
    severity: "error",
    description:
      "A git merge-conflict marker line (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`); the first side of the conflict is read, the other side is skipped.",
  },
  "rst/empty-literal-block": {
    severity: "warning",
    description: "A paragraph ends with `::` but no indented literal block follows it.",
  },
  "rst/empty-directive": {
    severity: "warning",
    description: "A directive that needs content (code-block, list-table, note, …) has none.",
  },
  "rst/unknown-role": {
    severity: "info",
    description: "An interpreted-text role the documentation does not use (`:frob:`); its text is kept as written.",
  },
  "rst/truncated": {
    severity: "warning",
    description: "A file stops before its end: mid-sentence or inside an unfinished table.",
  },
});
