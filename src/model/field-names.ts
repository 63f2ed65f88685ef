// The name a field really has in the logs: the name as written, unless a text conversion clipped it
// and a `full-name` alias records the real one (the 2016 guide's `exam_default_time_limit`).
import type { Field } from "./field-schema.ts";

export function realFieldName(field: Pick<Field, "name" | "aliases">): string {
  return field.aliases?.find((a) => a.relation === "full-name")?.name ?? field.name;
}
