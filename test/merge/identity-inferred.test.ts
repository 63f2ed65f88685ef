// Identity cases of the upstream releases, each read by the RST reader from lines cut out of the
// release it is named for (test/merge/fixtures/identity/<case>/<n>-<release>.rst).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createDiagnosticSink } from "../../src/diagnostics/diagnostic-sink.ts";
import { diffReleases } from "../../src/diff/diff-releases.ts";
import { renameShape } from "../../src/merge/inferred-renames.ts";
import { mergeReleases } from "../../src/merge/merge-releases.ts";
import type { ReleaseRead } from "../../src/normalise/release-read.ts";
import { rstReader } from "../../src/readers/rst/rst-reader.ts";
import { catalogOf } from "../diff/make-catalog.ts";
import { draft, read, release, rich } from "./make-drafts.ts";
import { lineSpan } from "../../src/model/position.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "identity");

function readCase(name: string): ReleaseRead[] {
  const dir = join(FIXTURES, name);
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const id = file.replace(/^\d+-/, "").replace(/\.rst$/, "");
      const path = `${name}/${file}`;
      const text = readFileSync(join(dir, file), "utf8");
      const result = rstReader.read(
        { files: [{ path, text }], library: new Map([[path, text]]) },
        createDiagnosticSink(),
      );
      return { release: release(id), result };
    });
}

function eventNamed(reads: readonly ReleaseRead[], name: string) {
  return mergeReleases(reads).events.find((e) => e.name === name);
}

describe("inferred renames between consecutive releases", () => {
  test("an event that gains a namespace prefix, same section and description: one event, alias marked inferred", () => {
    const reads = readCase("namespace-prefix");
    const { events } = mergeReleases(reads);
    expect(events.map((e) => e.name)).toEqual(["xblock.split_test.child_render"]);
    const [alias] = events[0]?.aliases ?? [];
    expect(alias).toMatchObject({ name: "child_render", relation: "former-name" });
    expect(alias?.evidence).toHaveLength(1);
    expect(alias?.evidence[0]).toMatchObject({ kind: "inferred", release: "dogwood" });
    expect(alias?.evidence[0]?.text).toContain('with the namespace prefix "xblock.split_test"');
    expect(alias?.evidence[0]?.provenance).toMatchObject({
      file: "namespace-prefix/2-dogwood.rst",
      start: { line: 7 },
    });
  });

  test("a respelled dotted segment (display → page) is a rename in the diff and the timeline, not removed + added", () => {
    const reads = readCase("dotted-segment");
    const catalog = catalogOf(reads);
    const diff = diffReleases(catalog, "cypress", "dogwood");
    expect(diff.summary).toMatchObject({ eventsAdded: 0, eventsRemoved: 0, eventsRenamed: 1 });
    const changes = diff.events[0]?.changes ?? [];
    expect(changes[0]).toMatchObject({
      kind: "event-renamed",
      from: "textbook.pdf.display.scrolled",
      to: "textbook.pdf.page.scrolled",
      evidence: "inferred",
    });
    // The description and the `name` field's text name the event: a changed name there is no change.
    // What is left is real: the field `page` is written "integer" in Cypress and "number" in Dogwood.
    expect(changes.slice(1).map((c) => `${c.kind} ${c.path ?? ""}`.trim())).toEqual(["field-type-changed event.page"]);
    const timeline = catalog.events[0]?.timeline;
    expect(timeline?.changes.map((c) => [c.release, c.aspect, c.from, c.to])).toEqual([
      ["cypress", "documented", undefined, undefined],
      ["dogwood", "renamed", "textbook.pdf.display.scrolled", "textbook.pdf.page.scrolled"],
    ]);
  });

  test("'the seq_next event … now maps to the new event' is a stated former name", () => {
    const reads = readCase("stated-maps-to");
    const next = eventNamed(reads, "edx.ui.lms.sequence.next_selected");
    expect(next?.snapshots.map((s) => [s.release, s.names[0]])).toEqual([
      ["dogwood", "seq_next"],
      ["eucalyptus", "edx.ui.lms.sequence.next_selected"],
    ]);
    expect(next?.aliases.map((a) => [a.name, a.relation, a.evidence[0]?.kind, a.evidence[0]?.release])).toEqual([
      ["seq_next", "former-name", "stated", "eucalyptus"],
    ]);
    // seq_goto and seq_prev, documented with seq_next in Dogwood, keep their own events.
    expect(eventNamed(reads, "seq_goto")?.snapshots).toHaveLength(1);
    expect(eventNamed(reads, "seq_prev")?.snapshots).toHaveLength(1);
  });
});

describe("spellings that differ only in separators", () => {
  test("add_instructor (Cypress) and add-instructor (Dogwood): one event each, alternate spelling, inferred", () => {
    const reads = readCase("separators");
    const catalog = catalogOf(reads);
    expect(
      catalog.events.map((e) => [e.name, e.aliases.map((a) => [a.name, a.relation, a.evidence[0]?.kind])]),
    ).toEqual([
      ["add-instructor", [["add_instructor", "alternate-spelling", "inferred"]]],
      ["remove-instructor", [["remove_instructor", "alternate-spelling", "inferred"]]],
    ]);
    const diff = diffReleases(catalog, "cypress", "dogwood");
    expect(diff.summary).toMatchObject({ eventsAdded: 0, eventsRemoved: 0, eventsRenamed: 2 });
    expect(diff.events.map((e) => e.changes.map((c) => [c.kind, c.from, c.to, c.evidence]))).toEqual([
      [["event-renamed", "add_instructor", "add-instructor", "inferred"]],
      [["event-renamed", "remove_instructor", "remove-instructor", "inferred"]],
    ]);
  });
});

describe("what an inferred rename needs", () => {
  const scrolled = (name: string, over: Parameters<typeof draft>[1] = {}) =>
    draft([name], {
      category: "Textbook Interaction Events",
      sources: ["browser"],
      description: rich(
        `The browser emits ${name} events each time the displayed page changes while a user scrolls up or down.`,
      ),
      ...over,
    });

  test("a different description keeps two events", () => {
    const { events } = mergeReleases([
      read("cypress", [scrolled("textbook.pdf.display.scrolled")]),
      read("dogwood", [
        scrolled("textbook.pdf.page.scrolled", {
          description: rich("The browser emits this event when the page is scrolled."),
        }),
      ]),
    ]);
    expect(events.map((e) => e.name)).toEqual(["textbook.pdf.display.scrolled", "textbook.pdf.page.scrolled"]);
  });

  test("another section keeps two events", () => {
    const { events } = mergeReleases([
      read("cypress", [scrolled("textbook.pdf.display.scrolled")]),
      read("dogwood", [scrolled("textbook.pdf.page.scrolled", { category: "PDF Events" })]),
    ]);
    expect(events).toHaveLength(2);
  });

  test("a release in which both are documented keeps two events", () => {
    const { events } = mergeReleases([
      read("cypress", [scrolled("textbook.pdf.display.scrolled")]),
      read("dogwood", [
        scrolled("textbook.pdf.display.scrolled", { provenance: lineSpan("f.rst", 5, 6) }),
        scrolled("textbook.pdf.page.scrolled"),
      ]),
    ]);
    expect(events).toHaveLength(2);
  });

  test("two candidates for one name: neither is joined", () => {
    const { events } = mergeReleases([
      read("cypress", [scrolled("textbook.pdf.display.scrolled")]),
      read("dogwood", [
        scrolled("textbook.pdf.page.scrolled"),
        scrolled("textbook.pdf.view.scrolled", { provenance: lineSpan("f.rst", 30, 31) }),
      ]),
    ]);
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.aliases.length === 0)).toBe(true);
  });

  test("a name renamed twice in a row is one event with both former names", () => {
    const { events } = mergeReleases([
      read("birch", [scrolled("textbook.pdf.display.scrolled")]),
      read("cypress", [scrolled("textbook.pdf.page.scrolled")]),
      read("dogwood", [scrolled("edx.textbook.pdf.page.scrolled")]),
    ]);
    expect(events.map((e) => [e.name, e.aliases.map((a) => a.name)])).toEqual([
      ["edx.textbook.pdf.page.scrolled", ["textbook.pdf.display.scrolled", "textbook.pdf.page.scrolled"]],
    ]);
  });

  test("releases further apart than the next but one are not linked", () => {
    const { events } = mergeReleases([
      read("birch", [scrolled("textbook.pdf.display.scrolled")]),
      read("cypress", []),
      read("2016-04-26", []),
      read("dogwood", [scrolled("textbook.pdf.page.scrolled")]),
    ]);
    expect(events).toHaveLength(2);
  });

  test.each([
    ["child_render", "xblock.split_test.child_render", true],
    ["openassessment.create_submission", "openassessmentblock.create_submission", true],
    ["textbook.pdf.display.scrolled", "textbook.pdf.page.scrolled", true],
    ["list-staff", "list-students", false],
    ["edx.forum.thread.created", "edx.forum.response.voted", false],
    ["seq_next", "seq_prev", false],
  ])("name shape %s → %s: %s", (a, b, related) => {
    expect(renameShape(a, b) !== undefined).toBe(related);
  });
});
