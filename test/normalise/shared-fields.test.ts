// The one "same fields as X" pass: which event a written name resolves to (exact, then one dotted
// segment off in the same category, then in the release), what the copy keeps of the event's own
// text, and the video events of the real 2016 guide, which share context fields with play_video.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import type { Field } from "../../src/model/field-schema.ts";
import { resolveSharedFields } from "../../src/normalise/shared-fields.ts";
import { readGuideText } from "../../src/readers/pdf-text/pdf-text-reader.ts";
import { readRst } from "../../src/readers/rst/rst-reader.ts";
import type { EventDraft, SharedFieldsStatement } from "../../src/readers/reader.ts";
import { lineSpan, positionAt } from "../../src/model/position.ts";

const file = "fixtures/hand-made.txt";
const rich = (text: string) => ({ text, html: text === "" ? "" : `<p>${text}</p>` });

function field(name: string, type: Field["type"], line: number, description = ""): Field {
  return {
    name,
    type,
    description: rich(description),
    fields: [],
    history: [],
    provenance: lineSpan(file, line, line),
  };
}

function draft(name: string, category: string, line: number, eventFields: Field[]): EventDraft {
  return {
    names: [name],
    category,
    audience: "student",
    sources: [],
    description: rich(""),
    contextFields: [],
    eventFields,
    history: [],
    examples: [],
    provenance: lineSpan(file, line, line + 5),
  };
}

/** Records on `target` that it shares `fields` (or all) with the event written `written`; returns the release's drafts. */
function sharing(target: EventDraft, written: string, fields: Field[] | "all"): void {
  const line = target.provenance.start.line + 1;
  const statement: SharedFieldsStatement = {
    sources: [written],
    kind: "event",
    fields: fields === "all" ? "all" : fields.map((f) => ({ name: f.name, provenance: f.provenance })),
    sentence: `Same as for ${written}.`,
    position: positionAt(file, line, 1, { line }),
  };
  target.sharedFields = [statement];
}

describe("resolving the written name", () => {
  const source = () =>
    draft("edx.bookmark.accessed", "Bookmark Events", 10, [field("bookmark_id", "string", 12, "The id.")]);

  test("one segment too many, in the same section: read as that event, with an info", () => {
    const accessed = source();
    const own = field("bookmark_id", "unknown", 22);
    const added = draft("edx.bookmark.added", "Bookmark Events", 20, [own]);
    const sink = createDiagnosticSink();
    sharing(added, "edx.course.bookmark.accessed", [own]);
    resolveSharedFields([accessed, added], sink);
    expect(added.eventFields[0]?.type).toBe("string");
    expect(added.eventFields[0]?.provenance.start.line).toBe(22);
    expect(added.eventFields[0]?.history.at(-1)?.text).toContain("(written as edx.course.bookmark.accessed)");
    expect(sink.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(["info shared-fields/name-slip"]);
  });

  test("two events one segment off: ambiguous, reported and left as written", () => {
    const events = [
      source(),
      draft("edx.course.bookmark.x.accessed", "Bookmark Events", 30, [field("bookmark_id", "string", 32)]),
    ];
    const own = field("bookmark_id", "unknown", 42);
    const added = draft("edx.bookmark.added", "Bookmark Events", 40, [own]);
    const sink = createDiagnosticSink();
    sharing(added, "edx.course.bookmark.accessed", [own]);
    resolveSharedFields([...events, added], sink);
    expect(added.eventFields[0]).toBe(own);
    expect(sink.diagnostics.map((d) => d.rule)).toEqual(["shared-fields/unresolved"]);
  });

  test("an exact name wins over a near one, without a diagnostic", () => {
    const near = draft("edx.course.bookmark.accessed", "Bookmark Events", 30, [field("bookmark_id", "number", 32)]);
    const own = field("bookmark_id", "unknown", 42);
    const added = draft("edx.bookmark.added", "Bookmark Events", 40, [own]);
    const sink = createDiagnosticSink();
    sharing(added, "edx.bookmark.accessed", [own]);
    resolveSharedFields([near, source(), added], sink);
    expect(added.eventFields[0]?.type).toBe("string");
    expect(sink.diagnostics).toEqual([]);
  });

  test("with no near name in its own section, the chapter is searched", () => {
    const elsewhere = draft("edx.forum.thread.created", "Forum Events", 10, [field("body", "string", 12)]);
    const own = field("body", "unknown", 22);
    const team = draft("edx.team.created", "Team Events", 20, [own]);
    const sink = createDiagnosticSink();
    sharing(team, "edx.forum.thread.x.created", [own]);
    resolveSharedFields([elsewhere, team], sink);
    expect(team.eventFields[0]?.type).toBe("string");
    expect(sink.diagnostics.map((d) => d.rule)).toEqual(["shared-fields/name-slip"]);
  });

  test("the event's own words and type are kept; only a typeless field takes the source's type", () => {
    const accessed = draft("edx.bookmark.accessed", "Bookmark Events", 10, [
      field("bookmark_id", "string", 12, "The id."),
      field("n", "integer", 13, "A count."),
    ]);
    const ownId = field("bookmark_id", "unknown", 22, "The id of the added bookmark.");
    const ownN = field("n", "number", 23);
    const added = draft("edx.bookmark.added", "Bookmark Events", 20, [ownId, ownN]);
    sharing(added, "edx.bookmark.accessed", [ownId, ownN]);
    resolveSharedFields([accessed, added], createDiagnosticSink());
    expect(added.eventFields.map((f) => `${f.name}:${f.type}:${f.description.text}`)).toEqual([
      "bookmark_id:string:The id of the added bookmark.",
      "n:number:A count.",
    ]);
    // The source is not changed by the copy.
    expect(accessed.eventFields[0]?.history).toEqual([]);
  });

  test('"all": every field of the source the event does not document itself, ahead of its own', () => {
    const created = draft("edx.x.created", "X Events", 10, [field("a", "string", 12), field("b", "number", 13)]);
    const updated = draft("edx.x.updated", "X Events", 20, [field("b", "integer", 22)]);
    sharing(updated, "edx.x.created", "all");
    resolveSharedFields([created, updated], createDiagnosticSink());
    expect(updated.eventFields.map((f) => `${f.name}:${f.type}@${f.provenance.start.line}`)).toEqual([
      "a:string@12",
      "b:integer@22",
    ]);
  });
});

describe("the real guide: video events", () => {
  const path = "sources/2016-04-26-edx-research-guide.txt";
  const text = readFileSync(
    new URL("../../content/sources/2016-04-26-edx-research-guide.txt", import.meta.url),
    "utf8",
  );
  const result = readGuideText({ path, text }, createDiagnosticSink());
  resolveSharedFields(result.events, createDiagnosticSink());
  const byName = (n: string) => result.events.find((e) => e.names.includes(n));

  test("hide_transcript takes play_video's context fields and event field types, keeping its own currentTime words", () => {
    const hidden = byName("edx.video.transcript.hidden");
    expect(hidden?.contextFields.map((f) => `${f.name}:${f.type}`)).toEqual([
      "application:object",
      "client:object",
      "component:string",
      "received_at:number",
    ]);
    expect(hidden?.contextFields[0]?.history.at(-1)?.provenance?.start.line).toBe(3586);
    expect(hidden?.eventFields.map((f) => `${f.name}:${f.type}@${f.provenance.start.line}`)).toEqual([
      "code:string@3592",
      "currentTime:number@3593",
      "id:string@3594",
    ]);
    expect(hidden?.eventFields[1]?.description.text).toBe(
      "The point in the video file at which the transcript was hidden.",
    );
    expect(hidden?.eventFields[0]?.history.at(-1)?.events).toEqual(["play_video"]);
  });

  test("play_video itself is unchanged: its table, no notes", () => {
    const played = byName("play_video");
    expect(played?.eventFields.map((f) => f.name)).toEqual(["code", "currentTime", "id"]);
    expect(played?.eventFields.every((f) => f.history.every((h) => h.kind !== "note"))).toBe(true);
  });
});

describe("a pattern in a sharing sentence (docs.openedx.org teak, course_team_event_types.rst 737–759, 782–796)", () => {
  const path = "special-exam-pattern.rst";
  const text = readFileSync(new URL("fixtures/special-exam-pattern.rst", import.meta.url), "utf8");
  const sink = createDiagnosticSink();
  const result = readRst({ files: [{ path, text }], library: new Map([[path, text]]) }, sink);
  const mentions = resolveSharedFields(result.events, sink);

  test("each event of the family shares the fields of its own family's created event", () => {
    const updated = result.events.filter((e) => e.names[0]?.endsWith(".updated"));
    expect(updated.map((e) => e.names[0])).toEqual([
      "edx.special_exam.proctored.updated",
      "edx.special_exam.practice.updated",
      "edx.special_exam.timed.updated",
    ]);
    for (const event of updated) {
      const family = event.names[0]?.split(".")[2] ?? "";
      expect(event.eventFields.map((f) => f.name)).toEqual(["exam_content_id"]);
      expect(event.eventFields[0]?.history.at(-1)?.events).toEqual([`edx.special_exam.${family}.created`]);
    }
    expect(sink.diagnostics.filter((d) => d.rule.startsWith("shared-fields/"))).toEqual([]);
  });

  test("the pattern is returned once, with its sentence and place, for the merge to link", () => {
    expect(mentions).toEqual([
      {
        name: "edx.special_exam.{special exam type}.created",
        text: expect.stringMatching(
          /^The ``event`` fields for this event are the same as the ``event`` fields for the ``edx\.special_exam\.\{special exam type\}\.created`` event\./,
        ),
        names: [],
        provenance: lineSpan(path, 34, 37),
      },
    ]);
  });
});
