// The docs' own examples checked against their own field tables. An example that gives a field its
// event does not document, or a value its documented type does not admit, is a finding about the
// documentation, reported at the example's place. Runs after the readers, for every format alike.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import type { Example } from "../model/example-schema.ts";
import type { Field } from "../model/field-schema.ts";
import type { EventDraft, ReadResult } from "../readers/reader.ts";
import { libraryLines, placeOfExampleKey } from "./example-place.ts";
import { compareExample, type DocumentedLevels, type ExampleFinding } from "./example-fields.ts";
import { normaliseRules } from "./rules.ts";

/** The code an example stands for as JSON: as written when valid, else its repaired form, else none. */
export function exampleJson(example: Example): { code: string; value: unknown } | undefined {
  if (example.language !== "json") return undefined;
  const code = example.valid ? example.code : example.repaired?.code;
  if (code === undefined) return undefined;
  try {
    return { code, value: JSON.parse(code) as unknown };
  } catch {
    return undefined;
  }
}

/** The fields a release documents for one event, level by level. */
export function documentedLevels(
  draft: Pick<EventDraft, "contextFields" | "eventFields">,
  commonFields: readonly Field[],
): DocumentedLevels {
  const commonContext = commonFields.find((f) => f.name === "context")?.fields ?? [];
  const ownContext = new Set(draft.contextFields.map((f) => f.name));
  return {
    common: commonFields,
    context: [...draft.contextFields, ...commonContext.filter((f) => !ownContext.has(f.name))],
    contextListed: commonContext.length > 0,
    event: draft.eventFields,
  };
}

/** The findings of every example of a draft, with the example they belong to. */
function draftExampleFindings(
  draft: EventDraft,
  commonFields: readonly Field[],
): { example: Example; code: string; findings: ExampleFinding[] }[] {
  const levels = documentedLevels(draft, commonFields);
  const out: { example: Example; code: string; findings: ExampleFinding[] }[] = [];
  for (const example of draft.examples) {
    const json = exampleJson(example);
    if (!json) continue;
    out.push({ example, code: json.code, findings: compareExample(json.value, levels) });
  }
  return out;
}

/** Reports every finding of every example of the release; returns how many it reported. */
export function checkExampleFields(
  result: ReadResult,
  library: ReadonlyMap<string, string>,
  sink: DiagnosticSink,
): number {
  const lines = libraryLines(library);
  let reported = 0;
  for (const draft of result.events) {
    const name = draft.names[0] ?? "an event";
    for (const { example, code, findings } of draftExampleFindings(draft, result.commonFields)) {
      for (const finding of findings) {
        const place = placeOfExampleKey(example, code, finding.key, lines(example.provenance.file));
        const rule = normaliseRules[`example/${finding.kind}`];
        sink.report(rule, `example of ${name}: ${finding.message}`, place);
        reported++;
      }
    }
  }
  return reported;
}
