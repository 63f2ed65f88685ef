import { readFile } from "node:fs/promises";
import { buildContent, releaseEntry } from "../support/content-folder.ts";
const base = await readFile("test/hardening/fixtures/enrollment-events.rst", "utf8");
const table = ["+----------------------------------+--------+","| Field                            | Type   |","+==================================+========+","| ``old``                          | int    |","+----------------------------------+--------+","| +------------------------------+ | dict   |","| | +--------------------------+ | |        |","| | | ``deep``                 | | |        |","| | +--------------------------+ | |        |","| +------------------------------+ |        |","+----------------------------------+--------+"].join("\n");
const text = `${base}\n\`\`seq_goto\`\`\n-----------------------------\n\nThe browser emits \`\`seq_goto\`\` events when a user jumps between units.\n\n**Event Source**: Browser\n\n\`\`event\`\` **Member Fields**:\n\n${table}\n`;
const o = await buildContent({ "sources/hostile.rst": text }, [releaseEntry("hostile", "sources/hostile.rst", "rst")]);
const e = o.catalog.events.find((e) => e.name === "seq_goto");
console.log(JSON.stringify(e?.snapshots[0]?.eventFields.map((f) => f.name)), o.diagnostics.filter((d) => d.file.includes("hostile")).map((d) => `${d.line} ${d.rule}`));
