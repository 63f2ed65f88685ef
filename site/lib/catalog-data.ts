// Typed access to the catalog collections. The loader validated the whole catalog against the
// model before storing it, so entries are read back as the model's types here, in one place.
import { getCollection, getEntry } from "astro:content";
import type { Catalog, CommonField } from "../../src/model/catalog-schema.ts";
import type { CatalogEvent } from "../../src/model/event-schema.ts";
import type { PublishedCatalog } from "../../src/model/published-schema.ts";
import type { Release } from "../../src/model/release-schema.ts";
import { expandCatalog } from "../../src/publish/expand-catalog.ts";

export interface SourceFileText {
  path: string;
  text: string;
}

/** An entry as the content layer returns it; data is the model value the loader stored. */
interface StoredEntry {
  id: string;
  data: unknown;
}

async function entries(collection: "events" | "releases" | "commonFields" | "sources"): Promise<StoredEntry[]> {
  const found: StoredEntry[] = await getCollection(collection);
  return found;
}

interface Ordered {
  order: number;
}

function byOrder<T extends Ordered>(a: T, b: T): number {
  return a.order - b.order;
}

function withoutOrder<T extends Ordered>(value: T): Omit<T, "order"> {
  const { order: _order, ...rest } = value;
  return rest;
}

export async function getEvents(): Promise<CatalogEvent[]> {
  return (await entries("events")).map((e) => e.data as CatalogEvent).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function getEvent(id: string): Promise<CatalogEvent | undefined> {
  const entry: StoredEntry | undefined = await getEntry("events", id);
  return entry ? (entry.data as CatalogEvent) : undefined;
}

export async function getReleases(): Promise<Release[]> {
  return (await entries("releases"))
    .map((e) => e.data as Release & Ordered)
    .sort(byOrder)
    .map((r) => withoutOrder(r) as Release);
}

export async function getCommonFields(): Promise<CommonField[]> {
  return (await entries("commonFields"))
    .map((e) => e.data as CommonField & Ordered)
    .sort(byOrder)
    .map((f) => withoutOrder(f) as CommonField);
}

export async function getSourceFiles(): Promise<SourceFileText[]> {
  return (await entries("sources")).map((e) => e.data as SourceFileText).sort((a, b) => (a.path < b.path ? -1 : 1));
}

export async function getSourcePaths(): Promise<Set<string>> {
  return new Set((await entries("sources")).map((e) => e.id));
}

interface CatalogFile {
  serialized: string;
  schema: string;
  failedReleases: string[];
}

async function getCatalogFile(): Promise<CatalogFile> {
  const entry: StoredEntry | undefined = await getEntry("catalogFile", "catalog");
  if (!entry) throw new Error("the catalog collection is empty: the content loader did not run");
  return entry.data as CatalogFile;
}

/** catalog.json exactly as the CLI writes it. */
export async function getSerializedCatalog(): Promise<string> {
  return (await getCatalogFile()).serialized;
}

/** catalog.schema.json: the bytes the command line writes beside catalog.json (pipeline/schema-files.ts). */
export async function getCatalogJsonSchema(): Promise<string> {
  return (await getCatalogFile()).schema;
}

/** The in-memory catalog: catalog.json (already validated by the loader) expanded. */
export async function getCatalog(): Promise<Catalog> {
  return expandCatalog(JSON.parse(await getSerializedCatalog()) as PublishedCatalog);
}

