// Rule ids of loading: a manifest that does not match its schema, source paths that lead nowhere or
// outside the content folder, files that are not UTF-8 text.
import { defineRules } from "../diagnostics/rule.ts";

export const loadRules = defineRules({
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
});
