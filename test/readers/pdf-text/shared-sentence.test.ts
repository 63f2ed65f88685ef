// The sentences of the 2016 guide that say an event shares member fields with another event, and
// look-alike sentences that do not (each quoted verbatim from the guide, line given).
import { describe, expect, test } from "vitest";
import { readSharedSentence } from "../../../src/readers/pdf-text/shared-sentence.ts";

describe("sharing sentences", () => {
  test("bookmark added (4855): the source named after the phrase, not the event's own slipped name before it", () => {
    const s = readSharedSentence(
      "The `edx.course.bookmark.added` events include the same event member fields that are described for `edx.bookmark.accessed`. The following member fields serve the same purpose for accessed bookmarks, added bookmarks, and removed bookmarks.",
    );
    expect(s?.sources).toEqual(["edx.bookmark.accessed"]);
    expect(s?.kinds).toEqual(["event"]);
    expect(s?.sentence).toBe(
      "The `edx.course.bookmark.added` events include the same event member fields that are described for `edx.bookmark.accessed`.",
    );
  });

  test('bookmark removed (4893): two sources; `course_id` followed by "field" is a field, not an event', () => {
    const s = readSharedSentence(
      "The `edx.course.bookmark.removed` event includes the same event member fields that are described for `edx.bookmark.accessed`, and it also includes the `course_id` field that is described for `edx.bookmark.added`.",
    );
    expect(s?.sources).toEqual(["edx.bookmark.accessed", "edx.bookmark.added"]);
  });

  test("video context (3586): old/new names split, context fields named", () => {
    const s = readSharedSentence(
      "Only video interaction events with an `event_source` of 'mobile' include additional `context` member fields in addition to the *common* member fields. The same set of additional context fields are added for `hide_transcript/edx.video.transcript.hidden` events as for the *play_video/edx.video.played* events. For an example of an event with these fields, see *Example: Mobile App-Emitted edx.video.played Event*.",
    );
    expect(s?.sources).toEqual(["hide_transcript", "edx.video.transcript.hidden", "play_video", "edx.video.played"]);
    expect(s?.kinds).toEqual(["context"]);
  });

  test('special exams (4719): the placeholder name kept, the "For more information" links left out', () => {
    const s = readSharedSentence(
      "The event fields for this event are the same as the event fields for the `edx.special_exam.{special_exam_type}.attempt.created` event. For more information, see [edx.special_exam.proctored.attempt.created](#), [edx.special_exam.practice.attempt.created](#), and [edx.special_exam.timed.attempt.created](#).",
    );
    expect(s?.sources).toEqual(["edx.special_exam.{special_exam_type}.attempt.created"]);
    expect(s?.kinds).toEqual(["event"]);
  });

  test("notes deleted (4950): a [name](#) link is a source", () => {
    const s = readSharedSentence(
      "The member fields in the `edx.course.student_notes.deleted` event are the same as the member fields in the [edx.course.student_notes.added](#) event.",
    );
    expect(s?.sources).toEqual(["edx.course.student_notes.added"]);
    expect(s?.kinds).toEqual([]);
  });

  test("ORA (5316): context and event fields both shared", () => {
    const s = readSharedSentence(
      "This event type includes the same context and event member fields as the `openassessmentblock.get_peer_submission` event and also includes the following event member fields.",
    );
    expect(s?.sources).toEqual(["openassessmentblock.get_peer_submission"]);
    expect(s?.kinds).toEqual(["context", "event"]);
  });

  test('teams (6033) and forum votes (5177): "serves the same purpose", *emphasised* names', () => {
    expect(
      readSharedSentence(
        "This field serves the same purpose for this event as it does for the *edx.team.activity_updated* event.",
      )?.sources,
    ).toEqual(["edx.team.activity_updated"]);
    expect(
      readSharedSentence(
        "The `edx.forum.response.voted` events include the same event member fields as *edx.forum.thread.voted* events. The following member fields serve the same purpose for votes on a response as they do for votes on a thread.",
      )?.sources,
    ).toEqual(["edx.forum.thread.voted"]);
  });
});

describe("sentences that share nothing", () => {
  test.each([
    [
      "3480, fields added to the common ones",
      "In addition to the *common* context member fields, this event type also includes the following context member field.",
    ],
    [
      "6077, more fields of the event itself",
      "The `edx.team.learner_added` event also includes the following event member field.",
    ],
    ["3535, no other event named", "All of these navigational events have the same `event` member fields."],
    [
      '5387, "same" about the event, not its fields',
      "The server emits this event when a learner submits a response. The same event is emitted when a learner submits a response for peer assessment or for self assessment.",
    ],
    [
      "3590 cut before its source",
      "The `hide_transcript/edx.video.transcript.hidden` events include the following event member fields.",
    ],
  ])("%s", (_, text) => {
    expect(readSharedSentence(text)).toBeUndefined();
  });
});
