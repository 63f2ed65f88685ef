// Rule ids for releases read from git refs. Each fails only the release whose ref it concerns.
import { defineRules } from "../diagnostics/rule.ts";

export const gitRules = defineRules({
  "git/ref-not-found": {
    severity: "error",
    description:
      "A ref named in the manifest does not exist in the repository (or the folder is not a git repository); that release is not built.",
  },
  "git/path-not-found": {
    severity: "error",
    description: "A source path named in the manifest does not exist at that ref; that release is not built.",
  },
  "git/read-failed": {
    severity: "error",
    description: "git could not read a file or the commit date at that ref; that release is not built.",
  },
});
