// The JSON Schema of one event's tracking-log line, for one release or for the event's current
// view: the common fields, the context with the event's context members, and the `event` payload
// with its member fields — as an object, or as a JSON string holding that object (browser events).
// A line is this event's when its `event_type` or its `name` (mobile and video events) is one of
// the event's names.
import type { CatalogEvent, CurrentView, Snapshot } from "../model/event-schema.ts";
import type { Field } from "../model/field-schema.ts";
import { namesSchema } from "./event-names.ts";
import { fieldToJsonSchema, membersSchema, type FieldNote, type JsonSchema } from "./field-json-schema.ts";
import type { ReleaseCommonFields } from "./release-view.ts";

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

interface EventShape {
  names: string[];
  description: string;
  sources: string[];
  contextFields: Field[];
  /** One payload per variant (a release may document a browser and a server variant). */
  payloads: { label: string | undefined; fields: Field[] }[];
  noteOf?: FieldNote;
}

/** Whether the line is this event's: its event_type or its name is one of the names. */
export function dispatchSchema(names: readonly string[]): JsonSchema {
  const match = namesSchema(names);
  return {
    anyOf: [
      { required: ["event_type"], properties: { event_type: match } },
      { required: ["name"], properties: { name: match } },
    ],
  };
}

/** The payload object of an event (one schema per variant), stated once under `$defs`. */
function payloadObject(shape: EventShape): JsonSchema {
  const objects = shape.payloads.map((p) =>
    membersSchema(p.fields, p.label ? `The ${p.label} variant.` : undefined, shape.noteOf),
  );
  return objects.length === 1 ? (objects[0] ?? {}) : { anyOf: objects };
}

/** The `event` member: the payload object, or a JSON string holding it; both refer to the one definition. */
function payloadSchema(ref: string): JsonSchema {
  return {
    description:
      "The event's member fields: an object, or (as browser events carry it) a JSON string holding that object.",
    anyOf: [{ $ref: ref }, { type: "string", contentMediaType: "application/json", contentSchema: { $ref: ref } }],
  };
}

/** Where a line schema keeps the payload of an event of the release: `$defs` of the whole document. */
export function payloadDefinition(eventId: string): string {
  return `payload:${eventId}`;
}

/** An event's line schema inside a release's line schema: its parts, and its payload for the root `$defs`. */
export interface EmbeddedEventSchema {
  schema: JsonSchema;
  payload: JsonSchema;
}

function contextSchema(common: ReleaseCommonFields, own: readonly Field[], noteOf: FieldNote | undefined): JsonSchema {
  const commonContext = common.fields.find((f) => f.name === "context")?.fields ?? [];
  const ownNames = new Set(own.map((f) => f.name));
  const description = common.fields.find((f) => f.name === "context")?.description.text ?? "Context of the event.";
  return membersSchema([...own, ...commonContext.filter((f) => !ownNames.has(f.name))], description, noteOf);
}

function lineSchema(
  shape: EventShape,
  common: ReleaseCommonFields,
  title: string,
  commonNote: string | undefined,
  payloadRef: string | undefined,
): JsonSchema {
  const withCommon = payloadRef === undefined;
  const properties: JsonSchema = {};
  for (const field of withCommon ? common.fields : []) {
    if (field.name === "event" || field.name === "context" || field.name in properties) continue;
    properties[field.name] = fieldToJsonSchema(field, commonNote);
  }
  properties["context"] = contextSchema(common, shape.contextFields, shape.noteOf);
  properties["event"] = payloadSchema(payloadRef ?? "#/$defs/payload");
  return {
    ...(withCommon ? { $schema: JSON_SCHEMA_DIALECT } : {}),
    title,
    description: shape.description,
    $comment: `names: ${shape.names.join(", ")}; sources: ${shape.sources.join(", ") || "not stated"}${commonNote ? `; ${commonNote}` : ""}`,
    type: "object",
    ...dispatchSchema(shape.names),
    properties,
    ...(withCommon ? { $defs: { payload: payloadObject(shape) } } : {}),
  };
}

function commonNoteFor(common: ReleaseCommonFields, release: string): string | undefined {
  if (common.from === undefined || common.from === release) return undefined;
  return `Common field as documented by release ${common.from} (release ${release} documents none).`;
}

function releaseShape(snapshots: readonly Snapshot[]): EventShape {
  const first = snapshots[0];
  const names = [...new Set(snapshots.flatMap((s) => s.names))];
  const contextFields: Field[] = [];
  for (const s of snapshots)
    for (const f of s.contextFields) if (!contextFields.some((c) => c.name === f.name)) contextFields.push(f);
  const shape: EventShape = {
    names,
    description: first?.description.text ?? "",
    sources: [...new Set(snapshots.flatMap((s) => s.sources))],
    contextFields,
    payloads: snapshots.map((s) => ({ label: snapshots.length > 1 ? s.variant : undefined, fields: s.eventFields })),
  };
  return shape;
}

/** The line schema of an event as one release documents it (its snapshots of that release), standing alone. */
export function releaseEventSchema(
  event: CatalogEvent,
  snapshots: readonly Snapshot[],
  release: string,
  common: ReleaseCommonFields,
): JsonSchema {
  return lineSchema(
    releaseShape(snapshots),
    common,
    `${event.name} (${release})`,
    commonNoteFor(common, release),
    undefined,
  );
}

/** The same inside the release's line schema: without the common fields (stated once there), its payload under the root's `$defs`. */
export function embeddedEventSchema(
  event: CatalogEvent,
  snapshots: readonly Snapshot[],
  release: string,
  common: ReleaseCommonFields,
): EmbeddedEventSchema {
  const shape = releaseShape(snapshots);
  const schema = lineSchema(
    shape,
    common,
    `${event.name} (${release})`,
    commonNoteFor(common, release),
    `#/$defs/${payloadDefinition(event.id)}`,
  );
  return { schema, payload: payloadObject(shape) };
}

/** "Documented from birch to main.", for a field of a current view. */
function documentedRange(field: Field): string | undefined {
  const f = field as Field & { firstDocumentedIn?: string; lastDocumentedIn?: string };
  if (f.firstDocumentedIn === undefined || f.lastDocumentedIn === undefined) return undefined;
  return f.firstDocumentedIn === f.lastDocumentedIn
    ? `Documented in ${f.firstDocumentedIn} only.`
    : `Documented from ${f.firstDocumentedIn} to ${f.lastDocumentedIn}.`;
}

/** The line schema of an event's current view: every name, and each field with the releases documenting it. */
export function currentEventSchema(event: CatalogEvent, current: CurrentView, common: ReleaseCommonFields): JsonSchema {
  const shape: EventShape = {
    names: [...new Set([...current.names, ...event.aliases.map((a) => a.name)])],
    description: current.description.text,
    sources: current.sources,
    contextFields: current.contextFields,
    payloads: [{ label: undefined, fields: current.eventFields }],
    noteOf: documentedRange,
  };
  return lineSchema(shape, common, `${event.name} (current view)`, undefined, undefined);
}
