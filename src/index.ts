// The library entry of the package: build a catalog from a release manifest, read and validate one,
// compare two releases. The command line (cli/) is a thin layer over these calls.
export { buildCatalogFromManifest, type BuildOutcome } from "./pipeline/build-from-manifest.ts";
export { ManifestError } from "./io/load-manifest.ts";
export { serializeCatalog } from "./pipeline/serialize-catalog.ts";
export { schemaFiles, type SchemaFile, type SchemaFileName } from "./pipeline/schema-files.ts";
export { CATALOG_FORMAT_VERSION, catalogSchema, type Catalog, type CommonField } from "./model/catalog-schema.ts";
export type { CatalogEvent, CurrentField, CurrentView } from "./model/event-schema.ts";
export { publishedCatalogSchema, type PublishedCatalog } from "./model/published-schema.ts";
export { compactCatalog } from "./publish/compact-catalog.ts";
export { expandCatalog, expandCatalogJson } from "./publish/expand-catalog.ts";
export { publishedJson, readProvenances } from "./publish/published-json.ts";
export { readCatalogText, type CatalogRead } from "./publish/read-catalog.ts";
export { releaseDocument, type ReleaseDocument } from "./publish/release-document.ts";
export { eventDocument, eventDocuments, type EventDocument } from "./publish/event-document.ts";
export type { Release } from "./model/release-schema.ts";
export type { SourcePosition, SourceSpan } from "./model/position.ts";
export type { Diagnostic } from "./model/diagnostic-schema.ts";
export { diffReleases, type DiffOptions } from "./diff/diff-releases.ts";
export { DIFF_FORMATS, renderDiff, type DiffFormat } from "./diff/render-diff.ts";
export { releaseDiffSchema, type ReleaseDiff } from "./diff/diff-schema.ts";
