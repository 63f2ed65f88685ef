// Format detection from the text alone, on the five real sources and on small variants.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { detectFormat } from "../../src/readers/detect-format.ts";

const source = (name: string): string => readFileSync(join(import.meta.dirname, "../../content/sources", name), "utf8");

describe("detectFormat on the real sources", () => {
  test.each([
    ["2013-wiki-tracking-logs.txt", "wiki-text"],
    ["2013-inventory-tracking-logs.rst", "rst-inventory"],
    ["2014-05-tracking-logs.rst", "rst"],
    ["2016-04-26-edx-research-guide.txt", "pdf-text"],
    ["2023-openedx-student-event-types.rst", "rst-collapsed"],
  ])("%s is %s", (name, format) => {
    const detected = detectFormat(source(name), `sources/${name}`);
    expect(detected?.format).toBe(format);
    expect(detected?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(detected?.reason).not.toBe("");
  });

  test("does not depend on the file name", () => {
    expect(detectFormat(source("2013-wiki-tracking-logs.txt"), "x.rst")?.format).toBe("wiki-text");
    expect(detectFormat(source("2014-05-tracking-logs.rst"), "x.txt")?.format).toBe("rst");
  });

  test("the first 3,000 characters of each source are enough", () => {
    expect(detectFormat(source("2023-openedx-student-event-types.rst").slice(0, 3000), "a")?.format).toBe(
      "rst-collapsed",
    );
    expect(detectFormat(source("2013-inventory-tracking-logs.rst").slice(0, 6000), "a")?.format).toBe("rst-inventory");
  });
});

describe("detectFormat on variants", () => {
  test("a Hawthorn-style RST file with only includes and sections is rst", () => {
    const text = [
      ".. _Tracking Logs:",
      "",
      "######################",
      "Tracking Logs",
      "######################",
      "",
      ".. include:: tracking_logs/common_fields.rst",
      ".. include:: tracking_logs/student_event_types.rst",
      ".. include:: tracking_logs/course_team_event_types.rst",
      "",
    ].join("\n");
    expect(detectFormat(text, "tracking_logs.rst")?.format).toBe("rst");
  });

  test("RST whose grid tables have no Event Type header is plain rst", () => {
    const text = [
      "Fields",
      "======",
      "",
      "+------+------+",
      "| Name | Type |",
      "+======+======+",
      "| a    | int  |",
      "+------+------+",
      "",
    ].join("\n");
    expect(detectFormat(text, "a.rst")?.format).toBe("rst");
  });

  test("the same RST with its line breaks collapsed is rst-collapsed", () => {
    const lines = source("2014-05-tracking-logs.rst").split("\n").slice(0, 400);
    expect(detectFormat(lines.join(" "), "a.rst")?.format).toBe("rst-collapsed");
    expect(detectFormat(lines.join("\n"), "a.rst")?.format).toBe("rst");
  });

  test("a few tabbed lines without other marks are wiki-text; with PDF marks, pdf-text", () => {
    const wiki = "Browser Events\n\nevent_type\tevent fields\ttype\nbook\ttype\tstring\n\told\tinteger\n";
    expect(detectFormat(wiki, "a.txt")?.format).toBe("wiki-text");
    const pdf = `12.1 Events\n\n12.1.1 Enrollment\n\n12.1.2 Video\n\nField\tType\n<code>a</code>\tstring\n<code>b</code>\tstring\n\n\`\`\`\n{}\n\`\`\`\n\n\`\`\`\n{}\n\`\`\`\n`;
    expect(detectFormat(pdf, "a.txt")?.format).toBe("pdf-text");
  });

  test("empty, blank and binary-looking text are undecidable", () => {
    expect(detectFormat("", "a.txt")).toBeUndefined();
    expect(detectFormat(" \n\n\t\n", "a.txt")).toBeUndefined();
    expect(detectFormat("PK\u0003\u0004\u0000\u0000binary\u0001\u0002", "a.zip")).toBeUndefined();
    expect(detectFormat("\u0001\u0002\u0003\u0004 .. include:: x.rst\u0005\u0006", "a.rst")).toBeUndefined();
  });

  test("plain prose without any marks is undecidable", () => {
    expect(detectFormat("Tracking logs\n\nThey are JSON files.\n", "a.txt")).toBeUndefined();
  });
});
