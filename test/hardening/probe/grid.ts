import { readFileSync } from "node:fs";
import { cutWindow, readSource, SOURCE_SPECS } from "../support/source-windows.ts";
import { applyMutations } from "../support/text-mutations.ts";
import { minimize, problemsOf } from "./minimize.ts";
const fmt = process.argv[2]!; const re = new RegExp(process.argv[3]!);
const data = JSON.parse(readFileSync(`/tmp/hx/c-${fmt}.json`, "utf8"));
const spec = SOURCE_SPECS.find((s) => s.format === fmt)!;
for (const [k, v] of Object.entries<any>(data[fmt].kinds)) {
  if (!re.test(k)) continue;
  const t = applyMutations(cutWindow(spec, readSource(spec), v.example.w), v.example.muts);
  const m = minimize(fmt, t, re);
  console.log(k); console.log(JSON.stringify(m)); console.log(problemsOf(fmt, m)); break;
}
