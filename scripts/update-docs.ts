// `npm run readme`: rewrites the generated sections of the documentation pages from the code.
import { readFileSync, writeFileSync } from "node:fs";
import { generatedSections, replaceSection } from "./docs-sections.ts";

for (const section of generatedSections()) {
  writeFileSync(section.file, replaceSection(readFileSync(section.file, "utf8"), section));
  console.log(`${section.file}: section "${section.name}" updated`);
}
