import { describe, expect, it } from "vitest";
import { isTimeZone, timeZoneNames, usableTimeZone } from "./time-zone";
import { timeZoneSchema } from "./time-zone-schema";

describe("time zones", () => {
  it.each(["UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kolkata"])("knows %s", (name) => {
    expect(isTimeZone(name)).toBe(true);
    expect(timeZoneSchema.parse(name)).toBe(name);
  });

  it.each(["", "Mars/Olympus", "Europe/Berlin; DROP", "x".repeat(65)])("refuses %j", (name) => {
    expect(isTimeZone(name)).toBe(false);
    expect(timeZoneSchema.safeParse(name).success).toBe(false);
  });

  it("falls back to UTC for a missing or unknown stored zone", () => {
    expect(usableTimeZone(null)).toBe("UTC");
    expect(usableTimeZone("Mars/Olympus")).toBe("UTC");
    expect(usableTimeZone("Asia/Tokyo")).toBe("Asia/Tokyo");
  });

  it("offers every zone once, UTC first", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe("UTC");
    expect(names).toContain("Europe/Berlin");
    expect(new Set(names).size).toBe(names.length);
  });
});
