// The current view on the real text: problem_check as the releases up to the truncated 2023 page
// give it (the newest of them, 2023-openedx, stops inside its submission fields), and as the whole
// default content gives it.
import { describe, expect, test } from "vitest";
import type { CatalogEvent, CurrentField } from "../../src/model/event-schema.ts";
import { buildCatalogFromManifest } from "../../src/pipeline/build-from-manifest.ts";

const CUT_TEXT = "Presents the question or prompt from the ``";

function find(fields: readonly CurrentField[], path: string): CurrentField | undefined {
  const [head, ...rest] = path.split(".");
  const hit = fields.find((f) => f.name === head);
  return rest.length === 0 || !hit ? hit : find(hit.fields, rest.join("."));
}

function event(events: readonly CatalogEvent[], id: string): CatalogEvent {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

describe("problem_check up to the truncated 2023 page", async () => {
  const { catalog } = await buildCatalogFromManifest("content/releases.json", {
    only: ["birch", "cypress", "olive", "2023-openedx"],
  });
  const problemCheck = event(catalog.events, "problem_check");

  test("the 2023 snapshot is the newest and is cut inside submission", () => {
    expect(problemCheck.lastRelease).toBe("2023-openedx");
    const cut = problemCheck.snapshots.find((s) => s.release === "2023-openedx");
    const submission = cut?.eventFields.find((f) => f.name === "submission");
    expect(submission?.fields.map((f) => f.name)).toEqual(["answer", "correct", "group_label"]);
    expect(submission?.fields.at(-1)?.description.text.endsWith(CUT_TEXT)).toBe(true);
  });

  test("the current view keeps input_type, question and response_type with olive's full text", () => {
    const current = problemCheck.current;
    expect(current.descriptionRelease).toBe("olive");
    const submission = find(current.eventFields, "submission");
    expect(submission?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "answer",
        "correct",
        "group_label",
        "input_type",
        "question",
        "response_type",
        "variant",
      ]),
    );
    expect(find(current.eventFields, "submission.group_label")?.description.text).toMatch(
      /from the <label> element\.$/,
    );
    expect(find(current.eventFields, "submission.question")).toMatchObject({
      description: { text: "Provides the text of the question." },
      lastDocumentedIn: "olive",
    });
    // Still documented (in part) by the 2023 page.
    expect(find(current.eventFields, "submission.group_label")?.lastDocumentedIn).toBe("2023-openedx");
  });

  test("the module context field, dropped by Cypress, was last documented in Birch", () => {
    expect(find(problemCheck.current.contextFields, "module")).toMatchObject({
      firstDocumentedIn: "birch",
      lastDocumentedIn: "birch",
    });
  });
});

describe("problem_check in the default content", async () => {
  const { catalog } = await buildCatalogFromManifest("content/releases.json");
  const current = event(catalog.events, "problem_check").current;

  test("today's text comes from main, with every submission field", () => {
    expect(current.descriptionRelease).toBe("main");
    expect(current.names[0]).toBe("problem_check");
    for (const name of ["input_type", "question", "response_type"]) {
      expect(find(current.eventFields, `submission.${name}`)?.lastDocumentedIn, name).toBe("main");
    }
    expect(find(current.eventFields, "submission.group_label")?.description.text.endsWith(CUT_TEXT)).toBe(false);
  });

  test("module spans 2014-05 to Birch; answers is first documented by the 2013 wiki (its row without event_type, inferred as problem_check)", () => {
    expect(find(current.contextFields, "module")).toMatchObject({
      firstDocumentedIn: "2014-05",
      lastDocumentedIn: "birch",
    });
    expect(find(current.eventFields, "answers")).toMatchObject({
      firstDocumentedIn: "2013-wiki",
      lastDocumentedIn: "main",
    });
  });

  test("every event has a current view whose fields lie inside the event's releases", () => {
    const ids = catalog.releases.map((r) => r.id);
    for (const e of catalog.events) {
      const releases = new Set(e.snapshots.map((s) => s.release));
      expect(releases.has(e.current.descriptionRelease), e.id).toBe(true);
      const walk = (fields: readonly CurrentField[]): void => {
        for (const f of fields) {
          expect(releases.has(f.firstDocumentedIn) && releases.has(f.lastDocumentedIn), `${e.id} ${f.name}`).toBe(true);
          expect(ids.indexOf(f.firstDocumentedIn)).toBeLessThanOrEqual(ids.indexOf(f.lastDocumentedIn));
          walk(f.fields);
        }
      };
      walk(e.current.contextFields);
      walk(e.current.eventFields);
    }
  });
});

describe("a field name the 2016 PDF clipped", async () => {
  const { catalog } = await buildCatalogFromManifest("content/releases.json", {
    only: ["ginkgo", "2016-04-26", "main"],
  });

  test("is one current field under its real name, documented from 2016 on", () => {
    const withClipped = catalog.events.filter((e) =>
      e.snapshots.some(
        (s) => s.release === "2016-04-26" && s.eventFields.some((f) => f.name === "exam_default_time_limit"),
      ),
    );
    expect(withClipped.length).toBeGreaterThan(0);
    for (const e of withClipped) {
      const names = e.current.eventFields.map((f) => f.name);
      expect(names, e.id).toContain("exam_default_time_limit_mins");
      expect(names, e.id).not.toContain("exam_default_time_limit");
      expect(find(e.current.eventFields, "exam_default_time_limit_mins")?.firstDocumentedIn, e.id).not.toBe("main");
    }
  });
});
