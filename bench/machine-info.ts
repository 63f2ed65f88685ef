// What the figures were measured on: timings mean little without the machine and how busy it was.
import { arch, cpus, freemem, loadavg, platform, release, totalmem } from "node:os";

const GIB = 1024 ** 3;

export function describeMachine(): string[] {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? "unknown";
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  return [
    `cpu      ${model}, ${processors.length} cores`,
    `memory   ${(totalmem() / GIB).toFixed(1)} GiB (${(freemem() / GIB).toFixed(1)} GiB free)`,
    `system   ${platform()} ${release()} ${arch()}`,
    `node     ${process.version}`,
    `load     ${load} (1, 5, 15 min averages when the bench started)`,
  ];
}
