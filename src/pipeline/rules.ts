// Rule ids of the pipeline itself: format detection and reader failures. The manifest's and the
// source files' own problems are reported where they are read (io/rules.ts); the normalise passes
// have theirs in normalise/rules.ts.
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
});
