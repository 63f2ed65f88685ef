// Rule ids of the pipeline itself: formats, reader failures, releases without events, JSON examples.
// The manifest's and the source files' own problems are reported where they are read (io/rules.ts).
import { defineRules } from "../diagnostics/rule.ts";

export const pipelineRules = defineRules({
  "source/format-undetected": {
    severity: "error",
    description: "No format is stated for a source and none could be detected.",
  },
  "source/format-detected": { severity: "info", description: "A source's format was detected from its text." },
  "reader/failed": {
    severity: "error",
    description: "A reader stopped on an internal error; the release is built without that source.",
  },
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
});
