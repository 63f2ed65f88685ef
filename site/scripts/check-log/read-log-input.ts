// Reads the log the page is given — pasted text, or files picked or dropped — into the checker,
// line by line, as the command line does: gzip told by its first bytes (and inflated with the
// browser's DecompressionStream), an empty or binary file an error of that file only.
import type { LogChecker } from "../../../src/check/log-checker.ts";

export const PASTED = "pasted";

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Feeds text to the checker line by line; returns the pending partial line and the line number reached. */
function feed(
  checker: LogChecker,
  file: string,
  text: string,
  state: { pending: string; lineNo: number; seen: boolean },
): void {
  const data = state.pending + text;
  let start = 0;
  for (;;) {
    const end = data.indexOf("\n", start);
    if (end === -1) break;
    state.lineNo++;
    const line = data.charCodeAt(end - 1) === 13 ? data.slice(start, end - 1) : data.slice(start, end);
    if (line.trim() !== "") state.seen = true;
    checker.addLine(line, state.lineNo, file);
    start = end + 1;
  }
  state.pending = data.slice(start);
}

function finish(checker: LogChecker, file: string, state: { pending: string; lineNo: number; seen: boolean }): void {
  if (state.pending.length > 0) {
    state.lineNo++;
    const line = state.pending.endsWith("\r") ? state.pending.slice(0, -1) : state.pending;
    if (line.trim() !== "") state.seen = true;
    checker.addLine(line, state.lineNo, file);
  }
  if (!state.seen) checker.addFileError(file, "empty input: only blank lines");
}

export function readPastedText(checker: LogChecker, text: string): void {
  const state = { pending: "", lineNo: 0, seen: false };
  feed(checker, PASTED, text, state);
  finish(checker, PASTED, state);
}

/** Reads one file (plain or gzip) into the checker, streaming; problems become errors of that file. */
export async function readLogFile(checker: LogChecker, file: File): Promise<void> {
  if (file.size === 0) {
    checker.addFileError(file.name, "empty file");
    return;
  }
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = isGzip(head);
  if (gzip && typeof DecompressionStream === "undefined") {
    checker.addFileError(
      file.name,
      "gzip input, and this browser cannot decompress it; use the edx-event-catalog check command",
    );
    return;
  }
  const bytes: ReadableStream<Uint8Array> = gzip
    ? file.stream().pipeThrough(new DecompressionStream("gzip"))
    : file.stream();
  const reader = bytes.getReader();
  const decoder = new TextDecoder("utf-8");
  const state = { pending: "", lineNo: 0, seen: false };
  let checkedBinary = false;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      const value = decoder.decode(chunk.value, { stream: true });
      if (!checkedBinary && value.length > 0) {
        checkedBinary = true;
        if (value.slice(0, 8192).includes("\u0000")) {
          checker.addFileError(file.name, "binary input (NUL bytes), not a JSON-lines log");
          await reader.cancel();
          return;
        }
      }
      feed(checker, file.name, value, state);
    }
  } catch (error) {
    checker.addFileError(
      file.name,
      `cannot read ${gzip ? "gzip " : ""}input after line ${state.lineNo}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  state.pending += decoder.decode();
  finish(checker, file.name, state);
}
