// One JSON Schema for any tracking-log line of a release. It holds every event's line schema in
// `$defs` and applies the one whose names match the line's `event_type` or `name`; a line of an
// event the release does not document is accepted (the check command reports it).
import type { Catalog } from "../model/catalog-schema.ts";
import { dispatchSchema, embeddedEventSchema, JSON_SCHEMA_DIALECT, payloadDefinition } from "./event-json-schema.ts";
import { fieldToJsonSchema, type JsonSchema } from "./field-json-schema.ts";
import { commonFieldsOf, eventsIn } from "./release-view.ts";

export function releaseLineSchema(catalog: Catalog, release: string): JsonSchema {
  const common = commonFieldsOf(catalog, release);
  const defs: JsonSchema = {};
  const dispatch: JsonSchema[] = [];
  for (const { event, snapshots } of eventsIn(catalog, release)) {
    const { schema, payload } = embeddedEventSchema(event, snapshots, release, common);
    defs[event.id] = schema;
    defs[payloadDefinition(event.id)] = payload;
    const names = [...new Set(snapshots.flatMap((s) => s.names))];
    dispatch.push({ if: dispatchSchema(names), then: { $ref: `#/$defs/${event.id}` } });
  }
  const properties: JsonSchema = {};
  for (const field of common.fields) if (!(field.name in properties)) properties[field.name] = fieldToJsonSchema(field);
  const event = common.fields.find((f) => f.name === "event");
  properties["event"] = {
    description: `${event?.description.text ?? "The event's member fields."} An object, or (as browser events carry it) a JSON string holding that object.`,
    anyOf: [{ type: "object" }, { type: "string", contentMediaType: "application/json" }],
  };
  const label = catalog.releases.find((r) => r.id === release)?.label ?? release;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: `edX tracking-log line (${label})`,
    description: `One line of an edX tracking log as release ${release} documents it: the common fields, and for each documented event type its context and event member fields.`,
    type: "object",
    properties: { ...properties, event_type: properties["event_type"] ?? { type: "string" } },
    anyOf: [
      { required: ["event_type"], properties: { event_type: { type: "string" } } },
      { required: ["name"], properties: { name: { type: "string" } } },
    ],
    allOf: dispatch,
    $defs: defs,
  };
}
