import { describe, expect, test } from "vitest";
import { isEventName, parseEventSources, splitEventNames } from "../../src/extract/event-names.ts";

describe("splitEventNames on the title forms of the releases", () => {
  test.each([
    // 2014-05 RST headings
    ["``page_close``", ["page_close"], undefined],
    ["``play_video``, ``pause_video``", ["play_video", "pause_video"], undefined],
    ["``speed_change_video`` ", ["speed_change_video"], undefined],
    ["``textbook.pdf.search.casesensitivity.toggled``", ["textbook.pdf.search.casesensitivity.toggled"], undefined],
    ["``problem_check`` (Browser)", ["problem_check"], "browser"],
    ["``problem_check`` (Server)", ["problem_check"], "server"],
    ["``oe_hide_question`` and ``oe_show_question``", ["oe_hide_question", "oe_show_question"], undefined],
    [
      "``get_students_features``, ``get_students_features/csv``",
      ["get_students_features", "get_students_features/csv"],
      undefined,
    ],
    ["``calculate_grades_csv``, ``dump-grades``", ["calculate_grades_csv", "dump-grades"], undefined],
    ["``instructor``", ["instructor"], undefined],
    [
      "``rescore-all-submissions`` and ``reset-all-attempts`` Event Types   ",
      ["rescore-all-submissions", "reset-all-attempts"],
      undefined,
    ],
    [
      " ``delete-student-module-state`` and ``rescore-student-submission`` Event Types   ",
      ["delete-student-module-state", "rescore-student-submission"],
      undefined,
    ],
    ["``reset-student-attempts`` Event Type", ["reset-student-attempts"], undefined],
    ["``list-staff`` Event Types   ", ["list-staff"], undefined],
    ["``*_instructor`` Event Types   ", ["*_instructor"], undefined],
    ["``list_forum_*`` Event Types   ", ["list_forum_*"], undefined],
    // 2016 PDF text
    [
      "`edx.course.enrollment.activated` and `edx.course.enrollment.deactivated`",
      ["edx.course.enrollment.activated", "edx.course.enrollment.deactivated"],
      undefined,
    ],
    ["`seq_goto, seq_next, and seq_prev`", ["seq_goto", "seq_next", "seq_prev"], undefined],
    ["`hide_transcript/edx.video.transcript.hidden`", ["hide_transcript", "edx.video.transcript.hidden"], undefined],
    ["`problem_check` (Browser)", ["problem_check"], "browser"],
    [
      "`edx.special_exam.proctored.attempt.created`, `edx.special_exam.practice.attempt.created`, and `edx.special_exam.timed.attempt.created`",
      [
        "edx.special_exam.proctored.attempt.created",
        "edx.special_exam.practice.attempt.created",
        "edx.special_exam.timed.attempt.created",
      ],
      undefined,
    ],
    [
      "`edx.special_exam.proctored.attempt.ready_to_submit`, `edx.special_exam.practice.attempt.ready_to_submit` and `edx.special_exam.timed.attempt.ready_to_submit`",
      [
        "edx.special_exam.proctored.attempt.ready_to_submit",
        "edx.special_exam.practice.attempt.ready_to_submit",
        "edx.special_exam.timed.attempt.ready_to_submit",
      ],
      undefined,
    ],
    ["`openassessment.student_training_assess_example`", ["openassessment.student_training_assess_example"], undefined],
    // 2023 collapsed RST
    ["``edx.badge.assertion.created``", ["edx.badge.assertion.created"], undefined],
    [
      "``edx.course.enrollment.activated`` and ``edx.course.enrollment.deactivated``",
      ["edx.course.enrollment.activated", "edx.course.enrollment.deactivated"],
      undefined,
    ],
    // Unquoted, deprecated
    ["edx.video.played (Deprecated)", ["edx.video.played"], undefined],
    ["seq_goto (Mobile)", ["seq_goto"], "mobile"],
  ])("%s", (title, names, variant) => {
    const split = splitEventNames(title);
    expect(split.names).toEqual(names);
    expect(split.variant).toBe(variant);
  });

  test.each([
    "Enrollment Events",
    "Video Interaction Events   ",
    "Managing Discussion Staff Event Types   ",
    "Example ``edx.ui.lms.jump_nav.selected`` Event",
    "Example: ``edx.video.bumper.played`` Event",
    "12.3.1 Enrollment Events",
    "`context` **Member Fields:**",
    "``context`` Field",
    "",
  ])("%s names no event", (title) => {
    expect(splitEventNames(title)).toEqual({ names: [] });
  });
});

describe("isEventName", () => {
  test.each([
    "edx.course.enrollment.activated",
    "seq_goto",
    "add-instructor",
    "list_forum_*",
    "textbook.pdf.page.loaded",
    "oe_show_question",
  ])("%s is an event name", (name) => expect(isEventName(name)).toBe(true));
  test.each(["Events", "video", "the", "12.3.1", "edx.", "Field", "a b", "context.", "x"])("%s is not", (name) =>
    expect(isEventName(name)).toBe(false),
  );
});

describe("parseEventSources", () => {
  test.each([
    ["Browser", ["browser"]],
    ["Server", ["server"]],
    ["Browser and Server", ["browser", "server"]],
    ["Server and Browser", ["server", "browser"]],
    ["Browser or Mobile", ["browser", "mobile"]],
    ["Mobile app", ["mobile"]],
    ["Server (celery task)", ["server", "task"]],
    ["Unknown", []],
  ])("%s", (text, sources) => {
    const parsed = parseEventSources(text);
    expect(parsed.sources).toEqual(sources);
    expect(parsed.asWritten).toBe(text);
  });

  test("keeps the text as written, whitespace collapsed", () => {
    expect(parseEventSources("  Browser \n and  Server ").asWritten).toBe("Browser and Server");
  });
});

describe("names found on whole upstream chapters", () => {
  test("a prose category title with a hyphenated word names no event", () => {
    expect(isEventName("Grading-Related")).toBe(false);
    expect(splitEventNames("Grading-Related Events").names).toEqual([]);
    expect(isEventName("add-forum-community-TA")).toBe(true);
  });

  test("two quoted names joined by a slash are both names", () => {
    expect(splitEventNames("``pause_video``/``edx.video.paused``").names).toEqual(["pause_video", "edx.video.paused"]);
  });
});
