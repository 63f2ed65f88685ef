// Invalid examples are kept as written in the catalog (with their parse error, and a repaired form
// when a well-known repair makes them valid); this pass also makes each one a diagnostic at the
// place of the error in its source file, for every reader alike.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { ReadResult } from "../readers/reader.ts";
import { libraryLines, placeOfExampleError } from "./example-place.ts";
import { normaliseRules } from "./rules.ts";

/** Reports every invalid example of the release; returns how many it reported. */
export function reportInvalidExamples(
  result: ReadResult,
  library: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
): number {
  const lines = libraryLines(library);
  let reported = 0;
  for (const draft of result.events) {
    for (const example of draft.examples) {
      if (example.valid || !example.error) continue;
      const { provenance, error } = example;
      const where = `line ${error.line}, column ${error.column} of the example`;
      const place = placeOfExampleError(example, lines(provenance.file));
      const name = draft.names[0] ?? "an event";
      if (example.repaired) {
        const kinds = [...new Set(example.repaired.repairs.map((r) => r.kind))].join(", ");
        sink.report(
          normaliseRules["example/repaired-json"],
          `example of ${name} is not valid JSON (${error.message} at ${where}); repaired: ${kinds}`,
          place,
        );
      } else {
        sink.report(
          normaliseRules["example/invalid-json"],
          `example of ${name} is not valid JSON: ${error.message} at ${where}`,
          place,
        );
      }
      reported++;
    }
  }
  return reported;
}
