// A tracking log made from the catalog itself: for each event a release documents, one line built
// from its field tables (every documented field with a value of its documented type, nested fields
// nested, allowed values used), and the release's own JSON examples. It checks clean against that
// release by construction, and against an older one shows what was added since: the round trip
// of the check tests and the log of the benchmark.
import type { Catalog, Field, Snapshot } from "./catalog-types.ts";
import { commonReleaseFor } from "./consistency.ts";
import { fieldKey } from "./documented-fields.ts";
import { isPatternName } from "../model/name-patterns.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function valueOf(field: Field, variant: number): Json {
  if (field.type === "object" || (field.type === "unknown" && field.fields.length > 0)) {
    const object: { [key: string]: Json } = {};
    for (const member of field.fields) setPath(object, fieldKey(member.name).split("."), valueOf(member, variant));
    return object;
  }
  if (field.values && field.values.length > 0 && field.type === "string")
    return field.values[variant % field.values.length] ?? "";
  switch (field.type) {
    case "string":
      return `${field.name}-${variant}`;
    case "datetime":
      return "2016-04-26T12:00:00.000000+00:00";
    case "integer":
      return variant;
    case "number":
      return variant + 0.5;
    case "boolean":
      return variant % 2 === 0;
    case "array":
      return [];
    case "null":
      return null;
    default:
      return `${field.name}-${variant}`;
  }
}

function setPath(object: { [key: string]: Json }, path: readonly string[], value: Json): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    object[head] = value;
    return;
  }
  const inner = object[head];
  const next: { [key: string]: Json } =
    typeof inner === "object" && inner !== null && !Array.isArray(inner) ? inner : {};
  object[head] = next;
  setPath(next, rest, value);
}

function objectOf(fields: readonly Field[], variant: number): { [key: string]: Json } {
  const object: { [key: string]: Json } = {};
  for (const field of fields) setPath(object, fieldKey(field.name).split("."), valueOf(field, variant));
  return object;
}

function lineFor(snapshot: Snapshot, common: readonly Field[], variant: number): string | undefined {
  const name = snapshot.names.find((n) => !isPatternName(n));
  if (name === undefined) return undefined;
  const line: { [key: string]: Json } = {};
  for (const field of common) {
    if (field.name === "event" || field.name === "context") continue;
    setPath(line, fieldKey(field.name).split("."), valueOf(field, variant));
  }
  const commonContext = common.find((f) => f.name === "context")?.fields ?? [];
  line["event_type"] = name;
  if (common.some((f) => f.name === "name")) line["name"] = name;
  const source = snapshot.variant ?? snapshot.sources[0];
  if (source !== undefined) line["event_source"] = source;
  line["context"] = { ...objectOf(commonContext, variant), ...objectOf(snapshot.contextFields, variant) };
  line["event"] = objectOf(snapshot.eventFields, variant);
  return JSON.stringify(line);
}

/** The JSON examples of a release that are tracking-log lines (objects with an event_type), one line each. */
export function exampleLines(catalog: Catalog, release: string): string[] {
  const out: string[] = [];
  for (const event of catalog.events) {
    for (const snapshot of event.snapshots) {
      if (snapshot.release !== release) continue;
      for (const example of snapshot.examples) {
        const code = example.valid ? example.code : example.repaired?.code;
        if (code === undefined) continue;
        try {
          const value: unknown = JSON.parse(code);
          if (
            typeof value === "object" &&
            value !== null &&
            typeof (value as Record<string, unknown>)["event_type"] === "string"
          ) {
            out.push(JSON.stringify(value));
          }
        } catch {
          // Not JSON after all (another language): not a log line.
        }
      }
    }
  }
  return out;
}

/** One line per event snapshot of the release, built from its field tables; `variant` varies the values. */
export function fieldTableLines(catalog: Catalog, release: string, variant = 1): string[] {
  const commonId = commonReleaseFor(catalog).get(release);
  const common = catalog.commonFields.flatMap((f) =>
    f.snapshots.filter((s) => s.release === commonId).map((s) => s.field),
  );
  const out: string[] = [];
  for (const event of catalog.events) {
    for (const snapshot of event.snapshots) {
      if (snapshot.release !== release) continue;
      const line = lineFor(snapshot, common, variant);
      if (line !== undefined) out.push(line);
    }
  }
  return out;
}
