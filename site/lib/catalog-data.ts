// Typed access to the catalog. The content loader validated the catalog against the model and wrote
// it, with the source texts, to the build's cache folder; its collection entry says where. Each file
// is read and parsed once per build (with all releases the catalog is tens of MB and hundreds of
// routes read it) and the values are shared by every route, which never mutates them.
import { getEntry } from "astro:content";
import type { CatalogFiles } from "../../src/content-loader/catalog-loader.ts";
import { readTextFile } from "../../src/io/read-text-files.ts";
import type { Catalog, CommonField } from "../../src/model/catalog-schema.ts";
import type { CatalogEvent } from "../../src/model/event-schema.ts";
import type { Release } from "../../src/model/release-schema.ts";

export interface SourceFileText {
  path: string;
  text: string;
}

interface Shared {
  files?: Promise<CatalogFiles>;
  serialized?: Promise<string>;
  catalog?: Promise<Catalog>;
  sources?: Promise<SourceFileText[]>;
  sourcePaths?: Promise<Set<string>>;
}

const shared: Shared = {};

async function readFiles(): Promise<CatalogFiles> {
  const entry: { data: unknown } | undefined = await getEntry("catalogFile", "catalog");
  if (!entry) throw new Error("the catalog collection is empty: the content loader did not run");
  return entry.data as CatalogFiles;
}

function getFiles(): Promise<CatalogFiles> {
  shared.files ??= readFiles();
  return shared.files;
}

/** catalog.json exactly as the CLI writes it. */
export function getSerializedCatalog(): Promise<string> {
  shared.serialized ??= getFiles().then((f) => readTextFile(f.catalogPath));
  return shared.serialized;
}

/** catalog.schema.json: the bytes the command line writes beside catalog.json (pipeline/schema-files.ts). */
export async function getCatalogJsonSchema(): Promise<string> {
  return (await getFiles()).schema;
}

/** The catalog as the pipeline holds it (whatever form the published catalog.json takes). */
export function getCatalog(): Promise<Catalog> {
  shared.catalog ??= getFiles()
    .then((f) => readTextFile(f.modelPath))
    .then((text) => JSON.parse(text) as Catalog);
  return shared.catalog;
}

/** Events sorted by id (the catalog's order). */
export async function getEvents(): Promise<CatalogEvent[]> {
  return (await getCatalog()).events;
}

export async function getEvent(id: string): Promise<CatalogEvent | undefined> {
  return (await getEvents()).find((e) => e.id === id);
}

/** Releases oldest first (the catalog's order). */
export async function getReleases(): Promise<Release[]> {
  return (await getCatalog()).releases;
}

export async function getCommonFields(): Promise<CommonField[]> {
  return (await getCatalog()).commonFields;
}

export function getSourceFiles(): Promise<SourceFileText[]> {
  shared.sources ??= getFiles()
    .then((f) => readTextFile(f.sourcesPath))
    .then((text) => (JSON.parse(text) as SourceFileText[]).sort((a, b) => (a.path < b.path ? -1 : 1)));
  return shared.sources;
}

export function getSourcePaths(): Promise<Set<string>> {
  shared.sourcePaths ??= getSourceFiles().then((files) => new Set(files.map((f) => f.path)));
  return shared.sourcePaths;
}
