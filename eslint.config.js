// ESLint (flat config) with typescript-eslint's recommended rules, for the TypeScript and JavaScript
// of the project. Formatting is Prettier's job (`npm run lint` runs both; `npm run format` fixes it).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", "lib/", ".astro/", "coverage/", "test-output/", "content/", "**/fixtures/", "scratch/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A leading underscore marks a value that is unused on purpose (a destructured-away property).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // The readers look for control characters on purpose: NUL bytes of binary files, the control
      // characters JSON strings may not hold, the private-use markers of the diff view.
      "no-control-regex": "off",
    },
  },
  {
    // Astro's generated types are referenced the way Astro writes it.
    files: ["**/*.d.ts"],
    rules: { "@typescript-eslint/triple-slash-reference": "off" },
  },
  {
    // Scripts that run in the browser: the site's client scripts and the browser suite's page code.
    files: ["site/scripts/**", "test/browser/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
