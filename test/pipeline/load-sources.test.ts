import { mkdtemp, mkdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { decodeSource, loadSource } from "../../src/pipeline/load-sources.ts";

function decode(bytes: Uint8Array) {
  const sink = createDiagnosticSink();
  const text = decodeSource("sources/a.rst", bytes, sink);
  return { text, diagnostics: sink.diagnostics };
}

describe("decodeSource", () => {
  test("an empty file is an error with a place", () => {
    const { text, diagnostics } = decode(new Uint8Array());
    expect(text).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: "sources/a.rst", line: 1, column: 1, rule: "source/empty", severity: "error" }),
    ]);
  });

  test("a NUL byte marks a binary file, placed at the byte", () => {
    const { text, diagnostics } = decode(new TextEncoder().encode("ab\ncd\u0000ef"));
    expect(text).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: "source/binary", line: 2, column: 3 });
  });

  test("bytes that are not UTF-8 become U+FFFD with a warning at the first one", () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]);
    const { text, diagnostics } = decode(bytes);
    expect(text).toBe("a\nb\uFFFDc");
    expect(diagnostics[0]).toMatchObject({ rule: "source/invalid-utf8", severity: "warning", line: 2, column: 2 });
  });

  test("a byte-order mark is dropped and CRLF becomes LF", () => {
    const { text, diagnostics } = decode(new TextEncoder().encode("\uFEFFa\r\nb\rc"));
    expect(text).toBe("a\nb\nc");
    expect(diagnostics).toEqual([]);
  });
});

describe("loadSource", () => {
  test("a path that escapes the content folder is refused", async () => {
    const root = await mkdtemp(join(tmpdir(), "eec-src-"));
    const sink = createDiagnosticSink();
    const loaded = await loadSource(root, { path: "../outside.rst" }, sink);
    expect(loaded.files).toEqual([]);
    expect(sink.diagnostics[0]?.rule).toBe("manifest/path-escapes");
  });

  test("a missing file is reported, not thrown", async () => {
    const root = await mkdtemp(join(tmpdir(), "eec-src-"));
    const sink = createDiagnosticSink();
    const loaded = await loadSource(root, { path: "nope.rst" }, sink);
    expect(loaded.files).toEqual([]);
    expect(sink.diagnostics[0]).toMatchObject({ rule: "source/missing", severity: "error" });
  });

  test("a folder expands to its text files, sorted, with hashes and content-relative paths", async () => {
    const root = await mkdtemp(join(tmpdir(), "eec-src-"));
    await mkdir(join(root, "docs", "tracking_logs"), { recursive: true });
    await writeFile(join(root, "docs", "tracking_logs", "b.rst"), "B\n");
    await writeFile(join(root, "docs", "event_list.rst"), "A\n");
    await writeFile(join(root, "docs", "image.png"), "x");
    const sink = createDiagnosticSink();
    const loaded = await loadSource(root, { path: "docs" }, sink);
    expect(loaded.files.map((f) => f.path)).toEqual(["docs/event_list.rst", "docs/tracking_logs/b.rst"]);
    expect(loaded.files[0]?.sha256).toBe("06f961b802bc46ee168555f066d28f4f0e9afdf3f88174c1ee6f9de004fc30a0");
    expect(sink.diagnostics).toEqual([]);
  });

  test("a symbolic link that leads out of the folder is refused", async () => {
    const root = await mkdtemp(join(tmpdir(), "eec-src-"));
    const outside = await mkdtemp(join(tmpdir(), "eec-outside-"));
    await writeFile(join(outside, "secret.rst"), "secret\n");
    await symlink(outside, join(root, "link"));
    const sink = createDiagnosticSink();
    const loaded = await loadSource(root, { path: "link/secret.rst" }, sink);
    expect(loaded.files).toEqual([]);
    expect(sink.diagnostics[0]?.rule).toBe("manifest/path-escapes");
  });
});
