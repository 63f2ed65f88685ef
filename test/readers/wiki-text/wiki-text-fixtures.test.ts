// Fixture pairs of the wiki-text reader: lines cut from the 2013 wiki print plus hand-made variants.
import { join } from "node:path";
import { describe } from "vitest";
import {
  compareDiagnostics,
  createDiagnosticSink,
  formatDiagnostic,
} from "../../../src/diagnostics/diagnostic-sink.ts";
import { wikiTextReader } from "../../../src/readers/wiki-text/wiki-text-reader.ts";
import { defineFixtureTests } from "../../support/fixture-cases.ts";

describe("wiki-text reader fixtures", () => {
  defineFixtureTests(join(import.meta.dirname, "fixtures"), (c) => {
    const path = `fixtures/${c.name}/input.txt`;
    const sink = createDiagnosticSink();
    const output = wikiTextReader.read({ files: [{ path, text: c.input }], library: new Map() }, sink);
    const messages = [...sink.diagnostics].sort(compareDiagnostics).map(formatDiagnostic);
    return { output, messages };
  });
});
