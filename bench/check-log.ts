// The generated tracking log of the check benchmark: lines built from the newest release's field
// tables (many value variants), server problem_check lines whose answers and correct_map are keyed
// by answer ids, browser events whose payload is a JSON string, page views, and a few undocumented
// types, written to a temporary file. Lines average about 1 KB, as real logs do.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { fieldTableLines } from "../src/check/sample-log.ts";
import type { Catalog } from "../src/model/catalog-schema.ts";

const AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

function problemCheck(i: number): string {
  const problem = `i4x-BenchX-B101-problem-${(i % 997).toString(16).padStart(32, "0")}`;
  const answers: Record<string, string> = {};
  const correctMap: Record<string, unknown> = {};
  for (let k = 2; k < 2 + (i % 4) + 1; k++) {
    const id = `${problem}_${k}_1`;
    answers[id] = `choice_${i % 5}`;
    correctMap[id] = {
      correctness: i % 3 === 0 ? "correct" : "incorrect",
      npoints: null,
      msg: "",
      hint: "",
      hintmode: null,
      queuestate: null,
    };
  }
  return JSON.stringify({
    username: `learner${i % 50000}`,
    event_source: "server",
    event_type: "problem_check",
    agent: AGENT,
    host: "courses.example.org",
    time: "2024-03-01T12:00:00.000000+00:00",
    ip: "10.0.0.1",
    page: "x_module",
    session: "a14j3ifhskngw0gfgn230g",
    context: {
      course_id: "course-v1:BenchX+B101+2024",
      org_id: "BenchX",
      user_id: i % 50000,
      path: "/event",
      module: { display_name: "Problem", usage_key: `block-v1:BenchX+B101+2024+type@problem+block@${i % 997}` },
    },
    event: {
      problem_id: `block-v1:BenchX+B101+2024+type@problem+block@${i % 997}`,
      attempts: (i % 7) + 1,
      grade: i % 2,
      max_grade: 1,
      success: i % 2 ? "correct" : "incorrect",
      answers,
      correct_map: correctMap,
      state: { seed: 1, done: true },
    },
  });
}

function browserVideo(i: number): string {
  return JSON.stringify({
    username: `learner${i % 50000}`,
    event_source: "browser",
    event_type: "play_video",
    agent: AGENT,
    host: "courses.example.org",
    time: "2024-03-01T12:00:00.000000+00:00",
    ip: "10.0.0.1",
    page: "https://courses.example.org/courses/course-v1:BenchX+B101+2024/courseware/",
    session: "feae6efa342b309e776d388b16da89a6",
    context: { course_id: "course-v1:BenchX+B101+2024", org_id: "BenchX", user_id: i % 50000, path: "/event" },
    event: JSON.stringify({
      id: `block-v1:BenchX+B101+2024+type@video+block@${i % 301}`,
      code: "html5",
      currentTime: i % 600,
    }),
  });
}

function pageView(i: number): string {
  return JSON.stringify({
    username: `learner${i % 50000}`,
    event_source: "server",
    event_type: `/courses/course-v1:BenchX+B101+2024/courseware/${i % 211}/`,
    agent: AGENT,
    host: "courses.example.org",
    time: "2024-03-01T12:00:00.000000+00:00",
    ip: "10.0.0.1",
    page: null,
    session: "",
    context: {
      course_id: "course-v1:BenchX+B101+2024",
      org_id: "BenchX",
      user_id: i % 50000,
      path: `/courses/course-v1:BenchX+B101+2024/courseware/${i % 211}/`,
    },
    event: '{"POST": {}, "GET": {}}',
  });
}

/** Writes `count` lines to `path`; returns the bytes written. */
export async function writeCheckLog(catalog: Catalog, release: string, path: string, count: number): Promise<number> {
  const tables = Array.from({ length: 20 }, (_, v) => fieldTableLines(catalog, release, v + 1)).flat();
  const out = createWriteStream(path);
  let bytes = 0;
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    const line =
      kind < 4
        ? (tables[i % tables.length] ?? "")
        : kind < 7
          ? problemCheck(i)
          : kind < 9
            ? browserVideo(i)
            : i % 1000 === 999
              ? JSON.stringify({ event_type: `bench.undocumented.${i % 7}`, event: { n: i } })
              : pageView(i);
    batch.push(line);
    bytes += line.length + 1;
    if (batch.length === 2000) {
      if (!out.write(`${batch.join("\n")}\n`)) await once(out, "drain");
      batch = [];
    }
  }
  if (batch.length > 0) out.write(`${batch.join("\n")}\n`);
  out.end();
  await once(out, "finish");
  return bytes;
}
