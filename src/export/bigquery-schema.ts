// The BigQuery table schema (JSON: `[{name, type, mode, description, fields}]`) of a release's
// tracking log, the format research loaders use. One row per line: the common fields as columns,
// `context` as a RECORD of every documented context member, and `event` as a RECORD of every
// member field any event of the release documents. Raw edX logs carry `event` as a JSON string for
// browser events; a loader parses it into the record. A member whose types differ between events,
// whose type is unknown, or that is a map keyed by ids, is a JSON column.
import type { Catalog } from "../model/catalog-schema.ts";
import type { Field, FieldType } from "../model/field-schema.ts";
import { isIdKeyedField } from "../normalise/id-keyed.ts";
import { documentedTypes } from "../normalise/value-types.ts";
import { commonFieldsOf, eventsIn } from "./release-view.ts";

export interface BigQueryField {
  name: string;
  type: "STRING" | "INTEGER" | "FLOAT" | "BOOLEAN" | "TIMESTAMP" | "RECORD" | "JSON";
  mode: "NULLABLE" | "REPEATED";
  description: string;
  fields?: BigQueryField[];
}

/** BigQuery column names: letters, digits and underscores, not starting with a digit, at most 300 characters. */
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,299}$/;
/** BigQuery caps a column description at 1024 characters. */
const MAX_DESCRIPTION = 1024;

const SCALAR: Partial<Record<FieldType, BigQueryField["type"]>> = {
  string: "STRING",
  integer: "INTEGER",
  number: "FLOAT",
  boolean: "BOOLEAN",
  datetime: "TIMESTAMP",
};

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MAX_DESCRIPTION ? flat : `${flat.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** One column for one field; several documented fields of one name (from different events) are merged. */
function columnOf(name: string, fields: readonly Field[], note: string): BigQueryField {
  const described = fields.map((f) => f.description.text.trim()).find((t) => t !== "") ?? "";
  const kinds = new Set(fields.flatMap((f) => documentedTypes(f)));
  const description = clip([described, note].filter((t) => t).join(" "));
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  const nested = fields.flatMap((f) => f.fields);
  if (only === undefined || fields.some(isIdKeyedField)) {
    const why = only === undefined ? `documented as ${[...kinds].join(", ")}` : "a map keyed by ids";
    return { name, type: "JSON", mode: "NULLABLE", description: clip(`${description} (JSON: ${why}.)`) };
  }
  if ((only === "object" || only === "array") && nested.length > 0)
    return record(name, only === "array" ? "REPEATED" : "NULLABLE", description, nested);
  const scalar = SCALAR[only];
  if (scalar) return { name, type: scalar, mode: "NULLABLE", description };
  return { name, type: "JSON", mode: "NULLABLE", description };
}

/** A RECORD of the fields; a JSON column when none of them has a valid column name. */
function record(
  name: string,
  mode: BigQueryField["mode"],
  description: string,
  fields: readonly Field[],
): BigQueryField {
  const columns = recordOf(fields, "");
  const dropped = [...new Set(fields.map((f) => f.name).filter((n) => !COLUMN_NAME.test(n)))];
  const left = dropped.length > 0 ? ` Not valid column names, left out: ${dropped.join("; ")}.` : "";
  if (columns.length === 0) return { name, type: "JSON", mode: "NULLABLE", description: clip(`${description}${left}`) };
  return { name, type: "RECORD", mode, description: clip(`${description}${left}`), fields: columns };
}

/** The columns of a RECORD: one per valid, case-insensitively distinct name, in first-seen order. */
function recordOf(fields: readonly Field[], note: string): BigQueryField[] {
  const groups = new Map<string, { name: string; fields: Field[] }>();
  for (const field of fields) {
    if (!COLUMN_NAME.test(field.name)) continue;
    const key = field.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.fields.push(field);
    else groups.set(key, { name: field.name, fields: [field] });
  }
  return [...groups.values()].map((g) => columnOf(g.name, g.fields, note));
}

export function releaseBigQuerySchema(catalog: Catalog, release: string): BigQueryField[] {
  const common = commonFieldsOf(catalog, release);
  const note = common.from !== undefined && common.from !== release ? `(As documented by release ${common.from}.)` : "";
  const events = eventsIn(catalog, release);
  const columns = recordOf(
    common.fields.filter((f) => f.name !== "context" && f.name !== "event"),
    note,
  );
  const context = common.fields.find((f) => f.name === "context");
  const contextFields = [
    ...(context?.fields ?? []),
    ...events.flatMap((e) => e.snapshots.flatMap((s) => s.contextFields)),
  ];
  columns.push(
    record(
      "context",
      "NULLABLE",
      clip(context?.description.text || "Context of the event: the common context members and those of each event."),
      contextFields,
    ),
  );
  const eventFields = events.flatMap((e) => e.snapshots.flatMap((s) => s.eventFields));
  const event = common.fields.find((f) => f.name === "event");
  const eventText = `${event?.description.text ?? "The event's member fields."} Every member field documented for any event of the release; browser events carry this as a JSON string, which a loader parses into the record.`;
  columns.push(record("event", "NULLABLE", clip(eventText), eventFields));
  return columns;
}
