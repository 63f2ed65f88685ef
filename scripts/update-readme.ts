// `npm run readme`: rewrites the generated sections of README.md from the code.
import { readFileSync, writeFileSync } from "node:fs";
import { generatedSections, replaceSection } from "./readme-sections.ts";

let readme = readFileSync("README.md", "utf8");
for (const section of generatedSections()) readme = replaceSection(readme, section);
writeFileSync("README.md", readme);
console.log("README.md sections updated");
