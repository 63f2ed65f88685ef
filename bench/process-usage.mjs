// Loaded with `node --import` into a process the bench runs whole: on exit, writes the process's
// own resource usage (CPU of every thread, peak resident memory) to the file EDX_USAGE_FILE names.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const target = process.env.EDX_USAGE_FILE;
// Loaded into worker threads too: the process's own figures are written when the main thread exits.
if (target && isMainThread) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ userMicros: u.userCPUTime, systemMicros: u.systemCPUTime, maxRssKiB: u.maxRSS }),
    );
  });
}
