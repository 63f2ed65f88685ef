// Fixture pairs of the pdf-text reader: small guides made of real lines of the 2016 Research
// Guide (a table of contents, chapter titles, and cut sections) plus hand-made variants: excerpts
// without a table of contents (chapters found from the body, also renumbered as chapter 13) and
// copies cut mid-way (truncation). The output is the drafts after the normalise pass that resolves
// "the same fields as X", as a release gets them.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { resolveSharedFields } from "../../../src/normalise/shared-fields.ts";
import { pdfTextReader } from "../../../src/readers/pdf-text/pdf-text-reader.ts";
import { defineFixtureTests } from "../../support/fixture-cases.ts";

const here = dirname(fileURLToPath(import.meta.url));

describe("pdf-text reader fixtures", () => {
  defineFixtureTests(join(here, "fixtures"), (c) => {
    const path = `fixtures/${c.name}.txt`;
    const sink = createDiagnosticSink();
    const output = pdfTextReader.read({ files: [{ path, text: c.input }], library: new Map() }, sink);
    resolveSharedFields(output.events, sink);
    return { output, messages: sink.diagnostics };
  });
});
