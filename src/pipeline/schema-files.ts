// The published JSON Schema files, as bytes, made in one place: the CLI writes them beside
// catalog.json and the site serves the same text, so the two can never publish different schemas.
import { checkJsonSchema } from "../check/report-schema.ts";
import { diffJsonSchema } from "../diff/diff-schema.ts";
import { catalogJsonSchema, manifestJsonSchema } from "../model/json-schemas.ts";

export type SchemaFileName = "catalog.schema.json" | "manifest.schema.json" | "diff.schema.json" | "check.schema.json";

export interface SchemaFile {
  name: SchemaFileName;
  text: string;
}

function schemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every published schema file, in a fixed order. */
export function schemaFiles(): SchemaFile[] {
  return [
    { name: "catalog.schema.json", text: schemaText(catalogJsonSchema()) },
    { name: "manifest.schema.json", text: schemaText(manifestJsonSchema()) },
    { name: "diff.schema.json", text: schemaText(diffJsonSchema()) },
    { name: "check.schema.json", text: schemaText(checkJsonSchema()) },
  ];
}

/** The text of one published schema file. */
export function schemaFileText(name: SchemaFileName): string {
  const file = schemaFiles().find((f) => f.name === name);
  if (!file) throw new Error(`no schema file named ${name}`);
  return file.text;
}
