// The only place that runs git: a thin promise over `git -C <repository> …` that returns the
// output or git's own message, never throws for a failing command.
import { execFile } from "node:child_process";

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string };

export function runGit(repository: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolvePromise) => {
    execFile(
      "git",
      ["-C", repository, ...args],
      { encoding: "buffer", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout, stderr) => {
        if (error) {
          const message = stderr.toString("utf8").trim() || error.message;
          resolvePromise({ ok: false, message });
        } else {
          resolvePromise({ ok: true, stdout });
        }
      },
    );
  });
}
