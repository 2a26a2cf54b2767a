import { describe, expect, it } from "vitest";
import { dayBoundsIn, formatClock, formatDate, formatDateTime, formatDay, formatDuration, formatNumber, formatTime, formatTimestamp } from "./format";

const AT = "2026-09-05T09:07:03.500Z";

describe("dates", () => {
  it("shows a day, a date, a date-time and a timestamp in UTC by default", () => {
    expect(formatDay("2026-09-05")).toBe("5 Sept 2026");
    expect(formatDate(AT)).toBe("5 Sept 2026");
    expect(formatDateTime(AT)).toBe("5 Sept 2026, 09:07 UTC");
    expect(formatTimestamp(AT)).toBe("5 Sept 2026, 09:07:03 UTC");
  });

  it("takes a Date, an ISO string or epoch milliseconds alike", () => {
    const forms = [new Date(AT), AT, Date.parse(AT)];
    expect(new Set(forms.map((at) => formatDateTime(at)))).toEqual(new Set(["5 Sept 2026, 09:07 UTC"]));
  });

  it("shows the instant in the viewer's time zone when given one, with its offset", () => {
    expect(formatDateTime(AT, { timeZone: "Europe/Berlin" })).toBe("5 Sept 2026, 11:07 UTC+2");
    expect(formatDateTime("2026-01-05T09:07:00Z", { timeZone: "Europe/Berlin" })).toBe("5 Jan 2026, 10:07 UTC+1");
    expect(formatTimestamp(AT, { timeZone: "Asia/Kolkata" })).toBe("5 Sept 2026, 14:37:03 UTC+5:30");
    expect(formatDateTime(AT, { timeZone: "America/St_Johns" })).toBe("5 Sept 2026, 06:37 UTC−2:30");
  });

  it("names the zone instead of its offset where asked to", () => {
    expect(formatDateTime(AT, { timeZone: "Europe/Berlin", zoneName: true })).toBe("5 Sept 2026, 11:07 Europe/Berlin");
    expect(formatTime("2026-01-05T13:00:00Z", { timeZone: "Europe/Berlin", zoneName: true })).toBe("14:00 Europe/Berlin");
    expect(formatTime("2026-01-05T13:00:00Z", { timeZone: "Europe/Berlin" })).toBe("14:00 UTC+1");
    expect(formatTimestamp(AT, { timeZone: "UTC", zoneName: true })).toBe("5 Sept 2026, 09:07:03 UTC");
    // Without a zone there is no name to show: UTC, as always.
    expect(formatDateTime(AT, { zoneName: true })).toBe("5 Sept 2026, 09:07 UTC");
  });

  it("moves the date across midnight with the zone, but never a calendar day", () => {
    const lateUtc = "2026-03-10T23:30:00Z";
    expect(formatDate(lateUtc)).toBe("10 Mar 2026");
    expect(formatDate(lateUtc, { timeZone: "Asia/Tokyo" })).toBe("11 Mar 2026");
    expect(formatDate(lateUtc, { timeZone: "America/New_York" })).toBe("10 Mar 2026");
    // A practice day is a UTC day, whoever looks at it.
    expect(formatDay(lateUtc)).toBe("10 Mar 2026");
  });

  it("prints midnight as 00, not 24", () => {
    expect(formatDateTime("2026-12-31T00:00:00Z")).toBe("31 Dec 2026, 00:00 UTC");
  });

  it("prints the same characters as the en-GB locale data of this runtime, so nothing users see changed", () => {
    // Which ICU the browser has no longer matters (see format.ts); this pins today's output.
    const gb = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
    for (const month of [0, 4, 8, 11]) {
      const at = new Date(Date.UTC(2026, month, 17, 13, 45));
      expect(formatDateTime(at)).toBe(gb.format(at));
    }
  });
});

describe("durations", () => {
  it.each([
    { ms: 0, text: "0:00" },
    { ms: 59_999, text: "0:59" },
    { ms: 61_000, text: "1:01" },
    { ms: 245_000, text: "4:05" },
    { ms: 3_600_000, text: "60:00" },
    { ms: -5, text: "0:00" },
  ])("a clock at $ms ms reads $text", ({ ms, text }) => {
    expect(formatClock(ms)).toBe(text);
  });

  it.each([
    { ms: null, text: "—" },
    { ms: 0, text: "0 s" },
    { ms: 45_400, text: "45 s" },
    { ms: 83_000, text: "1 min 23 s" },
    { ms: 245_000, text: "4 min 5 s" },
    { ms: 600_000, text: "10 min" },
    { ms: 3_599_600, text: "1 h" },
    { ms: 12_000_000, text: "3 h 20 min" },
    { ms: 47 * 3_600_000 + 59 * 60_000, text: "47 h 59 min" },
    { ms: 52 * 3_600_000, text: "2 d 4 h" },
    { ms: 72 * 3_600_000, text: "3 d" },
  ])("$ms ms took $text", ({ ms, text }) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("numbers", () => {
  it("keeps the decimals asked for and shows a dash for nothing", () => {
    expect(formatNumber(2.25)).toBe("2.3");
    expect(formatNumber(3, 2)).toBe("3.00");
    expect(formatNumber(null)).toBe("—");
  });
});

describe("dayBoundsIn", () => {
  it.each([
    // A plain day in UTC and in a zone ahead of it.
    ["2026-03-05T09:07:00Z", "UTC", "2026-03-05T00:00:00.000Z", "2026-03-06T00:00:00.000Z"],
    ["2026-03-05T23:30:00Z", "Europe/Berlin", "2026-03-05T23:00:00.000Z", "2026-03-06T23:00:00.000Z"],
    // Behind UTC: 02:00 UTC is still the evening before in New York.
    ["2026-03-06T02:00:00Z", "America/New_York", "2026-03-05T05:00:00.000Z", "2026-03-06T05:00:00.000Z"],
    // The spring change in Berlin: a day of 23 hours.
    ["2026-03-29T12:00:00Z", "Europe/Berlin", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"],
    // The autumn change: 25 hours.
    ["2026-10-25T12:00:00Z", "Europe/Berlin", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z"],
  ])("the day of %s in %s runs from %s to %s", (at, zone, start, end) => {
    const bounds = dayBoundsIn(at, zone);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
  });
});
