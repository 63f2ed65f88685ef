// Aggregates the shape of many JSON values into one tree of field paths: how many values reach
// each path and which JSON types they hold, with the first line of each type. Objects keyed by
// ids (answer ids, usage keys, numbers, hashes) collapse into one `*` level, as the docs describe
// them; array items share one `[]` level. Limits keep memory bounded on any input.
import type { ObservedKind } from "./report-schema.ts";

export const OBSERVED_KINDS: readonly ObservedKind[] = [
  "string",
  "numeric-string",
  "number",
  "boolean",
  "object",
  "array",
  "null",
];
const KIND_STRING = 0;
const KIND_NUMERIC_STRING = 1;
const KIND_NUMBER = 2;
const KIND_BOOLEAN = 3;
const KIND_OBJECT = 4;
const KIND_ARRAY = 5;
const KIND_NULL = 6;

/** Members of one object level kept by name; past this, further names share the `*` level. */
export const MAX_MEMBERS = 400;
const MAX_DEPTH = 24;
const MAX_ARRAY_ITEMS = 32;
const MAX_REMEMBERED_IDS = 256;

export interface ShapeNode {
  count: number;
  kinds: number[];
  /** Per kind: index of the first line (see `LinePlaces`) that held it, or -1. */
  firstLine: number[];
  children: Map<string, ShapeNode> | undefined;
  /** The `*` level: members whose names are ids. */
  ids: ShapeNode | undefined;
  /** Id names already seen, so the id test runs once per name. */
  idNames: Set<string> | undefined;
  /** The `[]` level: array items. */
  items: ShapeNode | undefined;
  /** A member limit was reached at this level. */
  overflowed: boolean;
}

export function createShapeNode(): ShapeNode {
  return {
    count: 0,
    kinds: [0, 0, 0, 0, 0, 0, 0],
    firstLine: [-1, -1, -1, -1, -1, -1, -1],
    children: undefined,
    ids: undefined,
    idNames: undefined,
    items: undefined,
    overflowed: false,
  };
}

const ID_KEY =
  /^(?:i4x|block-v1|asset-v1|course-v1|library-v1|lib|lb|lct)[:/-]|[:/@+]|^-?\d+$|^[0-9a-f]{16,}$|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|_\d+_\d+(?:_[a-z]+)?$|^input_/i;

/** A member name that is an id (answer id, usage key, number, hash) rather than a field name. */
export function isIdKey(key: string): boolean {
  return ID_KEY.test(key);
}

function isNumericString(value: string): boolean {
  const n = value.length;
  if (n === 0 || n > 32) return false;
  const c = value.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 45 || c === 46)) return false;
  return /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value);
}

function kindOf(value: unknown): number {
  switch (typeof value) {
    case "string":
      return isNumericString(value) ? KIND_NUMERIC_STRING : KIND_STRING;
    case "number":
      return KIND_NUMBER;
    case "boolean":
      return KIND_BOOLEAN;
    case "object":
      return value === null ? KIND_NULL : Array.isArray(value) ? KIND_ARRAY : KIND_OBJECT;
    default:
      return KIND_NULL;
  }
}

function memberNode(node: ShapeNode, key: string): ShapeNode {
  const children = (node.children ??= new Map());
  const known = children.get(key);
  if (known) return known;
  if (node.idNames?.has(key)) return node.ids as ShapeNode;
  if (isIdKey(key) || children.size >= MAX_MEMBERS) {
    if (children.size >= MAX_MEMBERS) node.overflowed = true;
    const ids = (node.ids ??= createShapeNode());
    const names = (node.idNames ??= new Set());
    if (names.size < MAX_REMEMBERED_IDS) names.add(key);
    return ids;
  }
  const child = createShapeNode();
  children.set(key, child);
  return child;
}

/** Adds one value at `node`; `line` is the index of its line in the caller's `LinePlaces`. */
export function addValue(node: ShapeNode, value: unknown, line: number, depth = 0): void {
  node.count++;
  const kind = kindOf(value);
  const seen = node.kinds[kind] as number;
  node.kinds[kind] = seen + 1;
  if (seen === 0) node.firstLine[kind] = line;
  if (depth >= MAX_DEPTH) return;
  if (kind === KIND_OBJECT) {
    const object = value as Record<string, unknown>;
    for (const key in object) addValue(memberNode(node, key), object[key], line, depth + 1);
  } else if (kind === KIND_ARRAY) {
    const array = value as unknown[];
    const n = Math.min(array.length, MAX_ARRAY_ITEMS);
    if (n > 0) {
      const items = (node.items ??= createShapeNode());
      for (let i = 0; i < n; i++) addValue(items, array[i], line, depth + 1);
    }
  }
}

/** Adds the members of an object at `node` without counting the object itself. */
export function addMembers(
  node: ShapeNode,
  object: Record<string, unknown>,
  line: number,
  skip: ReadonlySet<string>,
): void {
  for (const key in object) if (!skip.has(key)) addValue(memberNode(node, key), object[key], line, 1);
}

export interface ShapePath {
  /** Segments, with `*` for an id level and `[]` for array items. */
  segments: string[];
  node: ShapeNode;
}

/** Every path below `node` (not `node` itself), parents before their members, members by name. */
export function shapePaths(node: ShapeNode, prefix: string[] = []): ShapePath[] {
  const out: ShapePath[] = [];
  const visit = (segments: string[], child: ShapeNode): void => {
    out.push({ segments, node: child });
    out.push(...shapePaths(child, segments));
  };
  const names = [...(node.children?.keys() ?? [])].sort();
  for (const name of names) visit([...prefix, name], node.children?.get(name) as ShapeNode);
  if (node.ids) visit([...prefix, "*"], node.ids);
  if (node.items) visit([...prefix, "[]"], node.items);
  return out;
}

/** True when some level below `node` reached its member limit. */
export function anyOverflow(node: ShapeNode): boolean {
  if (node.overflowed) return true;
  for (const child of node.children?.values() ?? []) if (anyOverflow(child)) return true;
  return (node.ids !== undefined && anyOverflow(node.ids)) || (node.items !== undefined && anyOverflow(node.items));
}
