import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { readLines } from "../../src/io/log-lines.ts";

async function linesOf(chunks: Buffer[]): Promise<{ lines: [number, string][]; outcome: unknown }> {
  const lines: [number, string][] = [];
  const outcome = await readLines(Readable.from(chunks), { line: (text, n) => lines.push([n, text]) });
  return { lines, outcome };
}

describe("reading log lines", () => {
  test("LF and CRLF, a last line without a break, lines split across chunks and multi-byte characters", async () => {
    const text = Buffer.from('{"a":"é"}\r\n{"b":2}\n\n{"c":"日本"}');
    const { lines, outcome } = await linesOf([text.subarray(0, 8), text.subarray(8, 27), text.subarray(27)]);
    expect(lines).toEqual([
      [1, '{"a":"é"}'],
      [2, '{"b":2}'],
      [3, ""],
      [4, '{"c":"日本"}'],
    ]);
    expect(outcome).toEqual({ lines: 4 });
  });

  test("gzip is told by its first bytes", async () => {
    const { lines } = await linesOf([gzipSync(Buffer.from('{"a":1}\n{"a":2}\n'))]);
    expect(lines.map(([n]) => n)).toEqual([1, 2]);
  });

  test("a cut gzip stream is an error that says after which line", async () => {
    const gz = gzipSync(Buffer.from(`${'{"a":1}\n'.repeat(5000)}`));
    const { outcome } = await linesOf([gz.subarray(0, Math.floor(gz.length / 2))]);
    expect(outcome).toMatchObject({ error: expect.stringMatching(/^cannot read gzip input after line \d+: /) });
  });

  test("empty and binary inputs are errors", async () => {
    expect((await linesOf([])).outcome).toEqual({ error: "empty input: no bytes to read" });
    expect((await linesOf([Buffer.from([0x7b, 0x00, 0x01])])).outcome).toEqual({
      error: "binary input (NUL bytes), not a JSON-lines log",
    });
  });
});
