// Fixture pairs for the RST reader: real excerpts of the 2014-05 chapter and of upstream
// releases, plus small hand-made cases (includes, commented-out events, the event list). Every
// `.rst` file of a case folder is in the library, so includes resolve; `input.rst` is the entry,
// or the files `entries.txt` lists, in manifest order (a release of several files). The output is
// the reader's drafts after the normalise pass that resolves "the same fields as X", as a release gets them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { resolveSharedFields } from "../../../src/normalise/shared-fields.ts";
import { readRst } from "../../../src/readers/rst/rst-reader.ts";
import { defineFixtureTests } from "../../support/fixture-cases.ts";

describe("rst reader fixtures", () => {
  defineFixtureTests(join(import.meta.dirname, "fixtures"), (c) => {
    const library = new Map<string, string>();
    for (const name of readdirSync(c.dir)
      .filter((f) => f.endsWith(".rst"))
      .sort()) {
      library.set(name, readFileSync(join(c.dir, name), "utf8"));
    }
    const sink = createDiagnosticSink();
    const listed = join(c.dir, "entries.txt");
    const entries = existsSync(listed)
      ? readFileSync(listed, "utf8")
          .split("\n")
          .filter((l) => l.trim() !== "")
      : ["input.rst"];
    const files = entries.map((path) => ({ path, text: library.get(path) ?? "" }));
    const output = readRst({ files, library }, sink);
    resolveSharedFields(output.events, sink);
    return { output, messages: sink.diagnostics };
  });
});
