// The site tests: one build of the sample catalog, then assertions on the built files.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/site/**/*.test.ts"],
    globalSetup: ["test/site/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
