import { describe, expect, test } from "vitest";
import { readSharedSentence, sharedFieldItems } from "../../../src/readers/rst/shared-fields.ts";
import { spanAt } from "../../../src/model/position.ts";

const at = spanAt("f.rst", 1, 1, 1);

describe("sentences that say an event shares fields with another", () => {
  test("the singular 'This field serves the same purpose' is a sharing sentence too", () => {
    const refs = readSharedSentence(
      "The ``microsoft.office.mix.paused`` events include the following ``event``\nmember field. This field serves the same purpose for events of this type as\nfor the ``microsoft.office.mix.loaded`` events.",
      "event",
      at,
    );
    expect(refs.map((r) => r.sources.at(-1))).toEqual([{ name: "microsoft.office.mix.loaded" }]);
  });

  test("'serve the same purpose … as they do for' names the source after the phrase", () => {
    const refs = readSharedSentence(
      "The following member fields serve the same purpose for\n``edx.certificate.shared`` as they do for `edx.certificate.created`_.",
      "event",
      at,
    );
    expect(refs.map((r) => [r.target, r.sources])).toEqual([
      ["event", [{ name: "edx.certificate.shared" }, { name: "edx.certificate.created" }]],
    ]);
  });

  test("'the ``event`` fields … are the same as' keeps a {special exam type} placeholder and the :ref: label", () => {
    const refs = readSharedSentence(
      "The ``event`` fields for this event are the same as the ``event`` fields for\nthe ``edx.special_exam.{special exam type}.attempt.created`` event. For more\ninformation, see :ref:`special_exam_attempt_created`.",
      "event",
      at,
    );
    expect(refs[0]?.sources).toEqual([
      { name: "edx.special_exam.{special exam type}.attempt.created" },
      { label: "special_exam_attempt_created" },
    ]);
    expect(refs[0]?.fields).toBe("all");
  });

  test("'same ``context`` and ``event`` member fields' gives one reference per field kind", () => {
    const refs = readSharedSentence(
      "This event type includes the same ``context`` and ``event`` member fields as the ``openassessmentblock.peer_assess`` event.",
      "event",
      at,
    );
    expect(refs.map((r) => r.target)).toEqual(["context", "event"]);
  });

  test("a sentence without the phrase, or naming no event after it, shares nothing", () => {
    expect(readSharedSentence("The ``edx.done.toggled`` event includes the ``done`` field.", "event", at)).toEqual([]);
    expect(readSharedSentence("These fields serve the same purpose for votes on a response.", "event", at)).toEqual([]);
  });

  test("the list under the sentence is read as field names, with the text some items add", () => {
    const items = sharedFieldItems([
      { text: "``code``", position: at },
      { text: "``currentTime``: The point in the video file at which the transcript was hidden.", position: at },
    ]);
    expect(items).toEqual([
      { name: "code", text: "", position: at },
      { name: "currentTime", text: "The point in the video file at which the transcript was hidden.", position: at },
    ]);
    expect(sharedFieldItems([{ text: "Who the badge was awarded to.", position: at }])).toBeUndefined();
  });
});
