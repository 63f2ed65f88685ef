// The worker thread of load-check-index.ts: reads the check index and posts it back (a structured
// clone: new objects and strings, so nothing of the catalog stays reachable), then ends, and its
// heap with it.
import { parentPort, workerData } from "node:worker_threads";
import { readCheckIndex, type CheckIndexRequest } from "./read-check-index.ts";

parentPort?.postMessage(await readCheckIndex(workerData as CheckIndexRequest));
