// A value of the model as its published JSON holds it (provenance in its file form): what the
// model's schemas, which describe the published files, validate.
import { publishedJson } from "../../src/publish/published-json.ts";

export function publishedForm(value: unknown): unknown {
  return JSON.parse(publishedJson(value));
}
