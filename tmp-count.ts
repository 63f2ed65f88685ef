import { readFileSync } from "node:fs";
import * as md from "./src/extract/rich-text-markdown.ts";
const { readGuideText } = await import("./src/readers/pdf-text/pdf-text-reader.ts");
const { createDiagnosticSink } = await import("./src/diagnostics/diagnostic-sink.ts");
const path = "content/sources/2016-04-26-edx-research-guide.txt";
const text = readFileSync(path, "utf8");
for (let i = 0; i < 5; i++) readGuideText({ path, text }, createDiagnosticSink(path));
