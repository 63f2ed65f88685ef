// How a release's date and coverage read on the pages: the date only as precise as it is known.
import type { Release } from "../../src/model/release-schema.ts";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

function parts(date: string): { year: string; month: number; day: number } {
  const [year = "", month = "1", day = "1"] = date.split("-");
  return { year, month: Number(month), day: Number(day) };
}

export function formatReleaseDate(release: Pick<Release, "date" | "datePrecision" | "dateEstimated">): string {
  const { year, month, day } = parts(release.date);
  const monthName = MONTHS[month - 1] ?? "";
  const text = ((): string => {
    switch (release.datePrecision) {
      case "day":
        return `${day} ${monthName} ${year}`;
      case "month":
        return `${monthName} ${year}`;
      case "quarter":
        return `Q${Math.ceil(month / 3)} ${year}`;
      case "half-year":
        return `${month <= 6 ? "first" : "second"} half of ${year}`;
      case "year":
        return year;
      case "range":
        return `around ${monthName} ${year}`;
    }
  })();
  return release.dateEstimated && !text.startsWith("around") ? `about ${text}` : text;
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A compact date for tables: "Feb 2015", "about 2013". */
export function shortReleaseDate(release: Pick<Release, "date" | "datePrecision" | "dateEstimated">): string {
  const { year, month } = parts(release.date);
  const coarse = release.datePrecision === "year" || release.datePrecision === "range" || release.datePrecision === "half-year";
  const text = coarse ? year : `${SHORT_MONTHS[month - 1] ?? ""} ${year}`;
  return release.dateEstimated ? `about ${text}` : text;
}

export function coverageSummary(release: Release): string {
  const parts: string[] = [];
  parts.push(release.coverage.partial ? "Partial" : "Complete for its time");
  if (release.coverage.audiences.length > 0) parts.push(`audiences: ${release.coverage.audiences.join(", ")}`);
  if (release.coverage.truncated) parts.push("truncated");
  return parts.join("; ");
}

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}
