// The site tests: one build of the sample catalog, then assertions on the built files.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/site/**/*.test.ts"],
    // An absolute path, which vitest and knip resolve alike.
    globalSetup: [fileURLToPath(new URL("global-setup.ts", import.meta.url))],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
