import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";
import { parseCsv } from "./testing/parse-csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["with, comma", '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ["two\nlines", '"two\nlines"'],
    ["carriage\r\nreturn", '"carriage\r\nreturn"'],
    ["", ""],
    ["  spaces kept  ", "  spaces kept  "],
    ["naïve café", "naïve café"],
  ])("quotes %j as RFC 4180 requires", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=hidden", "'\t=hidden"],
    ["=HYPERLINK(\"http://x\",\"y\")", `"'=HYPERLINK(""http://x"",""y"")"`],
    ["=1,2", `"'=1,2"`],
  ])("neutralises a formula: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves text that merely contains formula characters alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("email@example.com")).toBe("email@example.com");
  });

  it("writes numbers, booleans, dates and blanks plainly", () => {
    expect(csvCell(3)).toBe("3");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(2.5)).toBe("2.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-11-30T10:00:00Z"))).toBe("2026-11-30T10:00:00.000Z");
  });
});

describe("toCsv", () => {
  it("joins cells with commas and ends every record with CRLF", () => {
    expect(toCsv([["a", "b"], [1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it("round-trips through a strict parser", () => {
    const rows = [["name", "notes"], ["Ann", 'said "no",\nthen yes'], ["=evil", ""]];
    expect(parseCsv(toCsv(rows))).toEqual([["name", "notes"], ["Ann", 'said "no",\nthen yes'], ["'=evil", ""]]);
  });
});
