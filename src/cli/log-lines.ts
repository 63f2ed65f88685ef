// Reads tracking-log input as lines, streaming: plain or gzip (told by the first bytes, not the
// name), from a file or standard input. An empty or binary input is an error of that input only;
// the lines of the others are still read. Memory stays at one chunk plus one line.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

// 64 KiB: a chunk and its decoded text stay in the young generation, collected at once; 1 MiB
// chunks went to the large-object space and piled up until a full collection (+70 MB of RSS).
const CHUNK = 1 << 16;

export interface LineSink {
  line(text: string, lineNo: number): void;
  /** Raw (compressed) bytes read so far, for progress. */
  bytes?(total: number): void;
}

export type ReadOutcome = { lines: number } | { error: string };

function isGzip(chunk: Buffer): boolean {
  return chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b;
}

async function* withFirst(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Splits a stream of bytes into lines (LF or CRLF), calling `sink.line` for each. */
export async function readLines(source: AsyncIterable<Buffer>, sink: LineSink): Promise<ReadOutcome> {
  const iterator = source[Symbol.asyncIterator]();
  let rawBytes = 0;
  const counted = async function* (inner: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of inner) {
      rawBytes += chunk.length;
      sink.bytes?.(rawBytes);
      yield chunk;
    }
  };
  const first = await iterator.next();
  if (first.done || first.value.length === 0) return { error: "empty input: no bytes to read" };
  const raw = counted(withFirst(first.value, iterator));
  const bytes: AsyncIterable<Buffer> = isGzip(first.value) ? Readable.from(raw).pipe(createGunzip()) : raw;
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let lineNo = 0;
  let checkedBinary = false;
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      if (!checkedBinary && text.length > 0) {
        checkedBinary = true;
        if (text.slice(0, 8192).includes("\u0000")) return { error: "binary input (NUL bytes), not a JSON-lines log" };
      }
      let start = 0;
      let data = pending + text;
      pending = "";
      for (;;) {
        const end = data.indexOf("\n", start);
        if (end === -1) break;
        lineNo++;
        sink.line(data.charCodeAt(end - 1) === 13 ? data.slice(start, end - 1) : data.slice(start, end), lineNo);
        start = end + 1;
      }
      pending = data.slice(start);
      data = "";
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: `cannot read ${isGzip(first.value) ? "gzip " : ""}input after line ${lineNo}: ${message}` };
  }
  pending += decoder.decode();
  if (pending.length > 0) {
    lineNo++;
    sink.line(pending.endsWith("\r") ? pending.slice(0, -1) : pending, lineNo);
  }
  return { lines: lineNo };
}

/** Reads one file of the log; a missing file or a directory is an error of that file. */
export async function readLogFile(path: string, sink: LineSink): Promise<ReadOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { error: "not a file" };
    if (info.size === 0) return { error: "empty file" };
  } catch (error) {
    return { error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return readLines(createReadStream(path, { highWaterMark: CHUNK }), sink);
}
