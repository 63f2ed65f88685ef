// Diagnostic rules of the grid-table parser. The RST reader and the 2013 inventory reader both
// parse grid tables, so the rules live next to the parser rather than in either reader.
import { defineRules } from "../../diagnostics/rule.ts";

export const gridTableRules = defineRules({
  "rst/grid-table-malformed": {
    severity: "warning",
    description:
      "A grid table whose borders do not meet: a missing `+`, a broken border or side, a ragged right edge or a line shorter than the table; the parser keeps the cells it can close.",
  },
  "rst/grid-table-header": {
    severity: "warning",
    description:
      "A grid table with more than one `=` header separator, or one on its top or bottom edge; only the first inner one counts.",
  },
});
