import { readFile } from "node:fs/promises";
import { buildContent, releaseEntry } from "../support/content-folder.ts";
const base = await readFile("test/hardening/fixtures/enrollment-events.rst", "utf8");
const text = [base,"``seq_goto``","-----------------------------","","The browser emits ``seq_goto`` events when a user jumps between units.","","**Event Source**: Browser","",".. code-block:: json","","  {",'    "event_type": "seq_goto",','    "event": {"old": 1 "new": 2}',"  }","",".. code-block:: json","","  {",'    "event_type": seq_goto,','    "page": ',""].join("\n");
const o = await buildContent({ "sources/hostile.rst": text }, [releaseEntry("hostile", "sources/hostile.rst", "rst")]);
for (const e of o.catalog.events) for (const s of e.snapshots) if (s.release === "hostile") console.log(e.name, s.names, s.variant, s.examples.length);
console.log(o.catalog.releases.map((r) => [r.id, r.counts]));
