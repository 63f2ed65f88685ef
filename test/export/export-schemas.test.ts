// The exported schemas against the docs' own examples, with ajv as a warehouse's tool would use
// them: every example that agrees with its event's field tables is accepted by its event's schema
// and by its release's line schema; an example the examples pass reports a type mismatch for, and
// hand-made wrong lines, are rejected. Runs on the whole default content (26 releases).
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import {
  currentSchemaPath,
  eventSchemaPath,
  exportSchemas,
  lineSchemaPath,
  type ExportFile,
} from "../../src/export/export-schemas.ts";
import { commonFieldsOf, eventsIn } from "../../src/export/release-view.ts";
import type { Catalog } from "../../src/model/catalog-schema.ts";
import type { Snapshot } from "../../src/model/event-schema.ts";
import { documentedLevels, exampleJson } from "../../src/normalise/check-example-fields.ts";
import { compareExample, eventPayload } from "../../src/normalise/example-fields.ts";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";

type Json = Record<string, unknown>;

/** Line schemas are large (every event of a release); these releases, one per source format, have theirs compiled in tests. */
const LINE_RELEASES = new Set(["2016-04-26", "2023-openedx", "main"]);

function createAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false, allErrors: false });
}

interface ExampleCase {
  release: string;
  eventId: string;
  value: Json;
  mismatches: number;
  snapshot: Snapshot;
}

/** Every parsed JSON example of every event of every release, with what the examples pass finds in it. */
function exampleCases(catalog: Catalog): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const release of catalog.releases) {
    const common = commonFieldsOf(catalog, release.id).fields;
    for (const { event, snapshots } of eventsIn(catalog, release.id)) {
      for (const snapshot of snapshots) {
        for (const example of snapshot.examples) {
          const json = exampleJson(example);
          if (!json || typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) continue;
          if (!("event_type" in json.value) && !("name" in json.value)) continue;
          const findings = compareExample(json.value, documentedLevels(snapshot, common));
          cases.push({
            release: release.id,
            eventId: event.id,
            value: json.value as Json,
            mismatches: findings.filter((f) => f.kind === "type-mismatch").length,
            snapshot,
          });
        }
      }
    }
  }
  return cases;
}

/** The example with its first scalar number, integer or boolean event member set to a string. */
function withWrongMember(c: ExampleCase): Json | undefined {
  const payload = eventPayload(c.value["event"]);
  if (!payload) return undefined;
  const wrong = c.snapshot.eventFields.find(
    (f) =>
      ["number", "integer", "boolean"].includes(f.type) &&
      !f.typeAlternatives &&
      f.name in payload &&
      f.nullable !== true,
  );
  if (!wrong) return undefined;
  return { ...c.value, event: { ...payload, [wrong.name]: "not a number" } };
}

describe("exported schemas of the default content", async () => {
  const { catalog } = await buildCatalogFromManifest("content/releases.json");
  const files = exportSchemas(catalog);
  const byPath = new Map<string, ExportFile>(files.map((f) => [f.path, f]));
  const ajv = createAjv();
  const validators = new Map<string, ReturnType<Ajv2020["compile"]>>();
  const validator = (path: string): ReturnType<Ajv2020["compile"]> => {
    let v = validators.get(path);
    if (!v) {
      const file = byPath.get(path);
      if (!file) throw new Error(`no exported file ${path}`);
      v = ajv.compile(file.value as Json);
      validators.set(path, v);
    }
    return v;
  };
  const cases = exampleCases(catalog);

  test("every release has a line schema, a BigQuery schema and one schema per documented event; the same bytes every time", () => {
    for (const release of catalog.releases) {
      expect(byPath.has(lineSchemaPath(release.id)), release.id).toBe(true);
      for (const { event } of eventsIn(catalog, release.id))
        expect(byPath.has(eventSchemaPath(release.id, event.id))).toBe(true);
    }
    expect(JSON.stringify(exportSchemas(catalog))).toBe(JSON.stringify(files));
  });

  test("the schemas of main and the line schemas compile under ajv's strict 2020-12 mode", () => {
    const compiled = files.filter(
      (f) => f.path.startsWith("releases/main/") || [...LINE_RELEASES].some((r) => f.path === lineSchemaPath(r)),
    );
    for (const file of compiled)
      if (file.path.endsWith(".schema.json")) expect(() => validator(file.path), file.path).not.toThrow();
  });

  test("every example that agrees with its field tables is accepted by its event's schema and its release's line schema", () => {
    const valid = cases.filter((c) => c.mismatches === 0);
    expect(valid.length).toBeGreaterThan(100);
    for (const c of valid) {
      const label = `${c.release} ${c.eventId}: ${JSON.stringify(c.value).slice(0, 120)}`;
      const own = validator(eventSchemaPath(c.release, c.eventId));
      expect(own(c.value), `${label} ${ajv.errorsText(own.errors)}`).toBe(true);
      if (!LINE_RELEASES.has(c.release)) continue;
      const line = validator(lineSchemaPath(c.release));
      expect(line(c.value), `${label} ${ajv.errorsText(line.errors)}`).toBe(true);
    }
  });

  test("an example the examples pass finds a type mismatch in is rejected by its event's schema", () => {
    const contradicting = cases.filter((c) => c.mismatches > 0);
    expect(contradicting.length).toBeGreaterThan(10);
    for (const c of contradicting)
      expect(validator(eventSchemaPath(c.release, c.eventId))(c.value), `${c.release} ${c.eventId}`).toBe(false);
  });

  test("hand-made wrong lines: a documented number or boolean member sent as a string is rejected by both schemas", () => {
    const wrong = cases
      .filter((c) => c.mismatches === 0)
      .flatMap((c) => {
        const line = withWrongMember(c);
        return line ? [{ c, line }] : [];
      });
    expect(wrong.length).toBeGreaterThan(20);
    for (const { c, line } of wrong) {
      expect(validator(eventSchemaPath(c.release, c.eventId))(line), `${c.release} ${c.eventId}`).toBe(false);
      if (LINE_RELEASES.has(c.release))
        expect(validator(lineSchemaPath(c.release))(line), `${c.release} ${c.eventId}`).toBe(false);
    }
  });

  test("hand-made wrong lines for the enrollment event of main: a mode outside its allowed values, another event's name", () => {
    const path = eventSchemaPath("main", "edx.course.enrollment.activated");
    const good = {
      event_type: "edx.course.enrollment.activated",
      event: { course_id: "course-v1:edX+DemoX+Demo_Course", user_id: 9999999, mode: "honor" },
    };
    expect(validator(path)(good)).toBe(true);
    expect(validator(path)({ ...good, event: { ...good.event, mode: "not-a-mode" } })).toBe(false);
    expect(validator(path)({ ...good, event_type: "edx.course.enrollment.deactivated" })).toBe(false);
    expect(validator(lineSchemaPath("main"))({ ...good, event: { ...good.event, user_id: "9999999" } })).toBe(false);
    expect(validator(lineSchemaPath("main"))({ event_type: "not.documented.anywhere", event: { user_id: "x" } })).toBe(
      true,
    );
  });

  test("the inventory's pattern event dispatches by its pattern: an oe_ name no release documents is its line", () => {
    const lambda = catalog.events.find((e) => e.name === "oe_[generated_event_type]");
    expect(lambda).toBeDefined();
    const own = validator(eventSchemaPath("2013-inventory", lambda?.id ?? ""));
    const line = { event_type: "oe_hide_rubric", event_source: "browser", event: "{}" };
    expect(own(line), ajv.errorsText(own.errors)).toBe(true);
    // The placeholder stands for one name segment after `oe_`, nothing else.
    expect(own({ ...line, event_type: "oe_" })).toBe(false);
    expect(own({ ...line, event_type: "peer_grading_hide_question" })).toBe(false);
    const release = validator(lineSchemaPath("2013-inventory"));
    expect(release(line), ajv.errorsText(release.errors)).toBe(true);
    const shown = { event_type: "oe_show_question", event_source: "browser", event: { location: "i4x://edX/DemoX" } };
    expect(release(shown), ajv.errorsText(release.errors)).toBe(true);
    expect(release({ ...shown, event: { location: 7 } })).toBe(false);
  });

  test("a browser event's payload may be a JSON string; a map keyed by ids is described entry by entry", () => {
    const play = validator(eventSchemaPath("main", "play_video"));
    expect(
      play({
        event_type: "play_video",
        event: JSON.stringify({ id: "i4x-HarvardX-PH207x-video-Simple_Random_Sample", currentTime: 0, code: "html5" }),
      }),
    ).toBe(true);
    expect(play({ event_type: "play_video", event: 7 })).toBe(false);
    const check = validator(eventSchemaPath("main", "problem_check"));
    const entry = { correctness: "correct", npoints: 1, msg: "", hint: "", hintmode: null, queuestate: null };
    const line = (e: Json): Json => ({
      event_type: "problem_check",
      event: { correct_map: { "i4x-MITx-6_002x-problem-1_2_1": e } },
    });
    expect(check(line(entry)), ajv.errorsText(check.errors)).toBe(true);
    expect(check(line({ ...entry, correctness: "maybe" }))).toBe(false);
  });

  test("every event's current view is exported: it accepts the view's examples that agree with its fields, and any of the event's names", () => {
    const newest = catalog.releases.at(-1)?.id ?? "";
    const common = commonFieldsOf(catalog, newest).fields;
    let accepted = 0;
    for (const event of catalog.events) {
      expect(byPath.has(currentSchemaPath(event.id)), event.id).toBe(true);
      const levels = documentedLevels(event.current, common);
      for (const example of event.current.examples) {
        const json = exampleJson(example);
        if (!json || typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) continue;
        if (!("event_type" in json.value) && !("name" in json.value)) continue;
        if (compareExample(json.value, levels).some((f) => f.kind === "type-mismatch")) continue;
        const validate = validator(currentSchemaPath(event.id));
        expect(validate(json.value), `${event.id} ${ajv.errorsText(validate.errors)}`).toBe(true);
        accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(5);
    const tab = validator(currentSchemaPath("edx.ui.lms.sequence.tab_selected"));
    expect(tab({ event_type: "seq_goto", event: { target_tab: 7 } })).toBe(true);
    expect(tab({ event_type: "seq_goto", event: { target_tab: "7" } })).toBe(false);
    expect(tab({ event_type: "seq_next", event: { target_tab: 7 } })).toBe(false);
    const schema = JSON.stringify(byPath.get(currentSchemaPath("edx.ui.lms.sequence.tab_selected"))?.value);
    expect(schema).toMatch(/Documented (from \S+ to \S+|in \S+ only)\./);
  });
});
