import { describe, expect, test } from "vitest";
import { eventIdOf } from "../../src/extract/event-id.ts";
import { eventSchema } from "../../src/model/event-schema.ts";

const ID = eventSchema.shape.id;

describe("eventIdOf", () => {
  test.each([
    ["edx.course.enrollment.activated", "edx.course.enrollment.activated"],
    ["seq_goto", "seq_goto"],
    ["add-instructor", "add-instructor"],
    ["get_students_features/csv", "get_students_features-csv"],
    ["list_forum_*", "list_forum"],
    ["*_instructor", "instructor"],
    ["Problem Check (Browser)", "problem-check-browser"],
    ["/courses/x//y", "courses-x-y"],
    ["édx  Ünïcode", "edx-unicode"],
    ["***", "event"],
  ])("%s → %s", (name, id) => {
    expect(eventIdOf(name)).toBe(id);
    expect(ID.safeParse(eventIdOf(name)).success).toBe(true);
  });

  test("is stable and lowercase", () => {
    expect(eventIdOf("Edx.Video.Played")).toBe(eventIdOf("edx.video.played"));
  });
});
