// `npm run bench`: prints the measured figures in one run (catalog build, scaling, site build, sizes).
import { benchCatalog } from "./catalog-bench.ts";

const sections: [string, () => Promise<string[]>][] = [["catalog", benchCatalog]];
for (const [name, run] of sections) {
  console.log(`== ${name}`);
  for (const line of await run()) console.log(line);
}
