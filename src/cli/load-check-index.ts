// The check index `check` streams a log against, read before the first line. The catalog it comes
// from (read from catalog.json or built from the sources: about 100 MB of heap at its peak) is
// read in a worker thread with a small young generation and a capped heap, which collects its
// garbage early and gives all its memory back when it ends; the process keeps the index alone.
// A catalog too big for the cap, or running from the TypeScript sources (tests), reads it in the
// process instead.
import { Worker } from "node:worker_threads";
import type { CheckCatalog } from "../check/check-index.ts";
import type { CheckIndexRequest } from "./read-check-index.ts";

/** Heap limits of the worker, in MB: measured on the 26 releases of the default content. */
const CHECK_INDEX_WORKER_LIMITS = { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 96 } as const;

function inWorker(request: CheckIndexRequest): Promise<CheckCatalog | string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./check-index-worker.js", import.meta.url), {
      workerData: request,
      resourceLimits: CHECK_INDEX_WORKER_LIMITS,
    });
    let answer: { value: CheckCatalog | string } | undefined;
    worker.once("message", (value: CheckCatalog | string) => (answer = { value }));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (answer) resolve(answer.value);
      else reject(new Error(`the worker reading the catalog ended (code ${code}) without an answer`));
    });
  });
}

function outOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/** The index of the catalog `--catalog`/`--manifest` name, or a message (no catalog, no such release). */
export async function loadCheckIndex(request: CheckIndexRequest): Promise<CheckCatalog | string> {
  if (!import.meta.url.endsWith(".ts")) {
    try {
      return await inWorker(request);
    } catch (error) {
      if (!outOfMemory(error)) throw error;
    }
  }
  const { readCheckIndex } = await import("./read-check-index.ts");
  // A structured clone copies every string: one cut from a source text would keep that text alive.
  const index = await readCheckIndex(request);
  return typeof index === "string" ? index : structuredClone(index);
}
