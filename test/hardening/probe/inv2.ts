import { readFileSync } from "node:fs";
import { problemsOf } from "./minimize.ts";
const lines = readFileSync("content/sources/2013-inventory-tracking-logs.rst", "utf8").split("\n");
const start = lines.findIndex((l) => l.startsWith("| Event Type")) - 1;
for (const n of [4, 5, 8, 9]) {
  const text = lines.slice(start, start + n).join("\n");
  console.log(n, JSON.stringify(lines[start + n - 1]?.slice(0, 40)), problemsOf("rst-inventory", text), problemsOf("rst-inventory", text + "\n"));
}
console.log(start + 1);
