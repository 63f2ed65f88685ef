// Rule ids of the pipeline itself: manifest and file problems, format detection, reader failures.
import { defineRules } from "../diagnostics/rule.ts";

export const pipelineRules = defineRules({
  "manifest/invalid": {
    severity: "error",
    description: "The release manifest is not valid JSON or does not match its schema.",
  },
  "manifest/duplicate-release": { severity: "error", description: "Two releases in the manifest share an id." },
  "manifest/path-escapes": { severity: "error", description: "A source path leads outside the content folder." },
  "source/missing": { severity: "error", description: "A source file or folder named in the manifest does not exist." },
  "source/empty": { severity: "error", description: "A source file is empty." },
  "source/binary": { severity: "error", description: "A source file holds binary data (NUL bytes), not text." },
  "source/invalid-utf8": {
    severity: "warning",
    description: "A source file has bytes that are not UTF-8; they are read as U+FFFD.",
  },
  "source/too-large": {
    severity: "error",
    description: "A source file is larger than 16 MiB, the reader limit; its release is built without it.",
  },
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
