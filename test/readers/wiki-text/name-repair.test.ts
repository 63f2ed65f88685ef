// Repairs of clipped, split and look-alike names, and of the value cells of the wiki print.
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../../src/diagnostics/diagnostic-sink.ts";
import { readNullable, readValuesFormat } from "../../../src/readers/wiki-text/cell-text.ts";
import {
  KNOWN_FIELD_NAMES,
  foldLookAlikes,
  joinNameFragments,
  repairClippedName,
} from "../../../src/readers/wiki-text/name-repair.ts";
import type { WikiContext } from "../../../src/readers/wiki-text/wiki-context.ts";
import { positionAt } from "../../../src/model/position.ts";

const evidence = { known: KNOWN_FIELD_NAMES, knownAs: "known", inFile: new Map([["currentTime", 61]]) };

describe("repairClippedName", () => {
  test.each([
    ["roblem_id", "problem_id"],
    ["uccess", "success"],
    ["ttempts", "attempts"],
    ["orrect_map", "correct_map"],
    ["urrentTime", "currentTime"],
  ])("%s → %s", (clipped, whole) => {
    expect(repairClippedName(clipped, evidence)).toMatchObject({ kind: "repaired", name: whole });
  });

  test("says where the evidence is", () => {
    expect(repairClippedName("urrentTime", evidence)).toMatchObject({ evidence: "written in full on line 61" });
    expect(repairClippedName("uccess", evidence)).toMatchObject({ evidence: "known" });
  });

  test("keeps intact, ambiguous and unknown names as written", () => {
    expect(repairClippedName("state", evidence)).toEqual({ kind: "intact", name: "state" });
    expect(repairClippedName("_state", evidence)).toEqual({
      kind: "ambiguous",
      name: "_state",
      candidates: ["new_state", "old_state"],
    });
    expect(repairClippedName("xyzzy", evidence)).toEqual({ kind: "unknown", name: "xyzzy" });
    // More than three clipped letters is not a repair the print supports.
    expect(repairClippedName("lem_id", evidence).kind).toBe("unknown");
  });
});

describe("joinNameFragments and foldLookAlikes", () => {
  test("joins split names only into known ones", () => {
    expect(joinNameFragments(["correctn", "", "ess"], evidence)?.name).toBe("correctness");
    expect(joinNameFragments(["hintmod", "\u0435"], evidence)?.name).toBe("hintmode");
    expect(joinNameFragments(["old_state", "e"], evidence)).toBeUndefined();
    expect(joinNameFragments(["msg"], evidence)).toBeUndefined();
  });

  test("folds Cyrillic look-alikes to Latin letters", () => {
    expect(foldLookAlikes("\u0443es")).toBe("yes");
    expect(foldLookAlikes("\u0441ode")).toBe("code");
    expect(foldLookAlikes("code")).toBe("code");
  });
});

describe("value cells", () => {
  const ctx = (): WikiContext => {
    const sink = createDiagnosticSink();
    return { file: "a.txt", sink, fieldNames: evidence, used: new Set(), skipped: [] };
  };

  test("a values/format cell is values only when it lists literals", () => {
    expect(readValuesFormat("browser, server")).toEqual({ values: ["browser", "server"] });
    expect(readValuesFormat("0.75, 1.0,")).toEqual({ values: ["0.75", "1.0"] });
    expect(readValuesFormat("gotopage")).toEqual({ values: ["gotopage"] });
    expect(readValuesFormat("$URL")).toEqual({ format: "$URL" });
    expect(readValuesFormat("YYYY-MM-DDThh:mm:ss.xxxxx")).toEqual({ format: "YYYY-MM-DDThh:mm:ss.xxxxx" });
    expect(readValuesFormat("32 digits key")).toEqual({ format: "32 digits key" });
    expect(readValuesFormat("-")).toEqual({});
  });

  test("null-allowed cells: yes, a look-alike yes, a clipped yes, garbage", () => {
    const c = ctx();
    const at = positionAt(c.file, 1, 1);
    expect(readNullable(c, "yes", at)).toBe(true);
    expect(readNullable(c, "no", at)).toBe(false);
    expect(readNullable(c, "\u0443es", at)).toBe(true);
    expect(readNullable(c, "es", at)).toBe(true);
    expect(readNullable(c, "", at)).toBeUndefined();
    expect(readNullable(c, "ko", at)).toBeUndefined();
    expect(c.sink.diagnostics.map((d) => d.rule)).toEqual([
      "wiki/repaired-cell",
      "wiki/repaired-cell",
      "wiki/garbled-cell",
    ]);
  });
});
