// Diagnostic rules of the pdf-text reader (the 2016 Research Guide converted from PDF). The PDF
// conversion leaves page furniture, split tables and split code blocks behind; each repair or
// problem the reader meets is reported under one of these ids.
import { defineRules } from "../../diagnostics/rule.ts";

export const pdfTextRules = defineRules({
  "pdf-text/range-read": {
    severity: "info",
    description:
      "Names the lines read as event reference (the alphabetical event list and the tracking-log chapter); the rest of the guide is not event content.",
  },
  "pdf-text/missing-chapter": {
    severity: "error",
    description:
      "A chapter of the event reference (alphabetical event list or events chapter) was found neither through the table of contents nor from a title line followed by numbered headings, so its content is missing.",
  },
  "pdf-text/inferred-outline": {
    severity: "info",
    description:
      "A chapter of the event reference is not placed by a table of contents; it was found from its title line in the body and the numbered headings after it, which give the chapter number and the running headers.",
  },
  "pdf-text/truncated": {
    severity: "warning",
    description:
      "The text stops mid-way inside the event reference (an unclosed code block, a cut table row, prose ending mid-sentence, a heading with nothing under it).",
  },
  "pdf-text/glued-page-header": {
    severity: "info",
    description:
      "A running page header was glued in front of a content line (a table row); the header was cut off and the rest kept.",
  },
  "pdf-text/split-code-block": {
    severity: "info",
    description: "A code block closed and reopened across a page break; the two parts were joined into one example.",
  },
  "pdf-text/unclosed-code-block": {
    severity: "error",
    description: "A code fence (```) is never closed; the code runs to the end of the chapter.",
  },
  "pdf-text/table-row-cells": {
    severity: "warning",
    description: "A table row has more cells than its header; the extra cells are joined to the last one.",
  },
  "pdf-text/table-without-header": {
    severity: "warning",
    description:
      "Tab-separated rows appear without a header row and do not continue a table; they are read with the columns Field, Type, Details.",
  },
  "pdf-text/unplaced-block": {
    severity: "warning",
    description:
      "A field table, member-field list or example sits where no event or common field owns it; it is skipped.",
  },
  "pdf-text/event-list-unresolved": {
    severity: "warning",
    description: "A name of the alphabetical event list has no event description in the events chapter.",
  },
  "pdf-text/event-not-in-list": {
    severity: "info",
    description: "An event described in the events chapter is missing from the alphabetical event list.",
  },
});
