// The parts of the catalog model that `check` reads, imported as types only, so this folder stays
// free of runtime dependencies beyond the rule definitions and can run in a browser.
export type { Catalog } from "../model/catalog-schema.ts";
export type { CatalogEvent, Snapshot } from "../model/event-schema.ts";
export type { Field, FieldType } from "../model/field-schema.ts";
export type { Release } from "../model/release-schema.ts";
