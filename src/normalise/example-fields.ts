// Compares one parsed JSON example with the fields its release documents, level by level: the
// common fields at the top, the context members, and the event's member fields under `event`
// (parsed first when a browser event carries it as a JSON string). Only a level the release
// documents is compared, since a release without a common-fields table says nothing about them.
import type { Field } from "../model/field-schema.ts";
import { isIdKeyedField, looksIdKeyed } from "./id-keyed.ts";
import { describeTypes, fieldAdmits, jsonValueType } from "./value-types.ts";

export interface ExampleFinding {
  kind: "undocumented-field" | "type-mismatch";
  /** Dot path of the field (`event.correct_map.*.hint`); id-keyed entries are `*`, array items `[]`. */
  path: string;
  /** The last key of the path, to find its line in the example. */
  key: string;
  message: string;
}

export interface DocumentedLevels {
  common: readonly Field[];
  context: readonly Field[];
  /**
   * Whether the release documents the common context members; when it does not, the event's own
   * context fields are type-checked but other context members are not reported as undocumented.
   */
  contextListed: boolean;
  event: readonly Field[];
}

/** Lines are full tracking-log lines when they carry any of these members; otherwise a bare payload. */
const LINE_MEMBERS = ["event_type", "event", "context", "event_source", "username"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function compareMembers(
  value: Record<string, unknown>,
  documented: readonly Field[],
  prefix: string,
  out: ExampleFinding[],
  listed = true,
): void {
  if (documented.length === 0) return;
  const byName = new Map(documented.map((f) => [f.name, f]));
  for (const [key, member] of Object.entries(value)) {
    const path = `${prefix}${key}`;
    const field = byName.get(key);
    if (!field) {
      if (listed) out.push({ kind: "undocumented-field", path, key, message: `field "${path}" is not documented` });
      continue;
    }
    compareValue(member, field, path, key, out);
  }
}

function compareValue(value: unknown, field: Field, path: string, key: string, out: ExampleFinding[]): void {
  if (!fieldAdmits(field, value)) {
    out.push({
      kind: "type-mismatch",
      path,
      key,
      message: `field "${path}" is documented as ${describeTypes(field)}, the example gives ${value === null ? "null" : `${jsonValueType(value)} ${shown(value)}`}`,
    });
    return;
  }
  if (field.fields.length === 0) return;
  if (isRecord(value)) {
    if (isIdKeyedField(field) || looksIdKeyed(value, field.fields)) {
      for (const entry of Object.values(value))
        if (isRecord(entry)) compareMembers(entry, field.fields, `${path}.*.`, out);
    } else {
      compareMembers(value, field.fields, `${path}.`, out);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) if (isRecord(item)) compareMembers(item, field.fields, `${path}[].`, out);
  }
}

/** The payload of an `event` member: an object, or a JSON string holding one (browser events). */
export function eventPayload(value: unknown): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  if (typeof value !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The findings of one example (a whole tracking-log line, or a bare event payload), each path once. */
export function compareExample(example: unknown, levels: DocumentedLevels): ExampleFinding[] {
  const out: ExampleFinding[] = [];
  if (!isRecord(example)) return out;
  if (!LINE_MEMBERS.some((m) => m in example)) {
    compareMembers(example, levels.event, "event.", out);
  } else {
    const top = Object.fromEntries(Object.entries(example).filter(([k]) => k !== "event" && k !== "context"));
    compareMembers(top, levels.common, "", out);
    if (isRecord(example["context"]))
      compareMembers(example["context"], levels.context, "context.", out, levels.contextListed);
    const payload = eventPayload(example["event"]);
    if (payload) compareMembers(payload, levels.event, "event.", out);
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path));
}
