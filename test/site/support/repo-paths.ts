// Paths the site tests, the browser suite and the bench share.
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const SAMPLE_CATALOG = join(REPO_ROOT, "test/site/fixtures/sample-catalog.json");
