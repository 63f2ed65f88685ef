import { describe, expect, test } from "vitest";
import { findDatePhrases, isoDate, monthOf, parseDatePhrase } from "../../src/extract/history-date.ts";

describe("parseDatePhrase", () => {
  // Every form the five releases write dates in.
  test.each([
    ["03 Dec 2013", "2013-12-03"],
    ["8 June 2015", "2015-06-08"],
    ["12/24/14", "2014-12-24"],
    ["11/5/14", "2014-11-05"],
    ["19 May 15", "2015-05-19"],
    ["1 Dec 2015", "2015-12-01"],
    ["16 Sept 2015", "2015-09-16"],
    ["16 Sep 2014", "2014-09-16"],
    ["September 20 2021", "2021-09-20"],
    ["September 20, 2021", "2021-09-20"],
    ["May 3, 2016", "2016-05-03"],
    ["22 April 2015", "2015-04-22"],
    ["2016-04-26", "2016-04-26"],
    ["October 2014", "2014-10"],
    ["Jan 2014", "2014-01"],
  ])("%s is %s", (written, iso) => {
    const phrase = parseDatePhrase(written);
    expect(phrase?.date).toBe(iso);
    expect(phrase?.issue).toBeUndefined();
  });

  test("a misspelled month is read with the nearest month and flagged", () => {
    expect(parseDatePhrase("Semptember 20 2021")).toEqual({
      asWritten: "Semptember 20 2021",
      index: 0,
      date: "2021-09-20",
      issue: "misspelled-month",
    });
  });

  test("an impossible day is flagged and gets no date", () => {
    expect(parseDatePhrase("31 Feb 2015")).toEqual({ asWritten: "31 Feb 2015", index: 0, issue: "invalid-date" });
    expect(parseDatePhrase("13/01/14")?.issue).toBe("invalid-date");
  });

  test("a season without a year is vague", () => {
    expect(findDatePhrases("Added in the Fall")).toEqual([{ asWritten: "in the Fall", index: 6, issue: "vague" }]);
  });

  test("text that only looks like a date is not one", () => {
    expect(parseDatePhrase("Added")).toBeUndefined();
    expect(findDatePhrases("the Member 20 2021 list")).toEqual([]);
    expect(findDatePhrases("in the Spring of 2012")).toEqual([]);
    expect(findDatePhrases("version 6.00x and 188.1x")).toEqual([]);
  });
});

describe("findDatePhrases", () => {
  test("finds every date in order, longest reading first", () => {
    const found = findDatePhrases("Added in Jan 2014, but not implemented until 18 Sep 2014.");
    expect(found.map((d) => [d.asWritten, d.date])).toEqual([
      ["Jan 2014", "2014-01"],
      ["18 Sep 2014", "2014-09-18"],
    ]);
  });
});

describe("monthOf and isoDate", () => {
  test("month words, abbreviations and near misses", () => {
    expect(monthOf("Sept")).toEqual({ month: 9, misspelled: false });
    expect(monthOf("dec.")).toEqual({ month: 12, misspelled: false });
    expect(monthOf("Febuary")).toEqual({ month: 2, misspelled: true });
    expect(monthOf("Ma")).toBeUndefined();
    expect(monthOf("Added")).toBeUndefined();
  });

  test("leap years", () => {
    expect(isoDate(2016, 2, 29)).toBe("2016-02-29");
    expect(isoDate(2015, 2, 29)).toBeUndefined();
  });
});
