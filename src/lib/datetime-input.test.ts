import { describe, expect, it } from "vitest";
import { isoToZonedInput, zonedInputToIso } from "./datetime-input";

describe("zonedInputToIso", () => {
  it("keeps the wall-clock time and adds the zone's offset at that moment, naming the same instant", () => {
    expect(zonedInputToIso("2027-03-05T14:00", "Europe/Berlin")).toBe("2027-03-05T14:00:00+01:00");
    expect(zonedInputToIso("2027-07-05T14:00", "Europe/Berlin")).toBe("2027-07-05T14:00:00+02:00");
    expect(zonedInputToIso("2027-03-05T14:00", "America/New_York")).toBe("2027-03-05T14:00:00-05:00");
    expect(zonedInputToIso("2027-03-05T14:00", "Asia/Kolkata")).toBe("2027-03-05T14:00:00+05:30");
    expect(zonedInputToIso("2027-03-05T14:00", "UTC")).toBe("2027-03-05T14:00:00+00:00");
    const iso = zonedInputToIso("2027-03-05T14:00", "Europe/Berlin")!;
    expect(new Date(iso).toISOString()).toBe("2027-03-05T13:00:00.000Z");
  });
  it("takes the right side of a daylight-saving change", () => {
    // Berlin moves from +01:00 to +02:00 at 02:00 on 2027-03-28 and back at 03:00 on 2027-10-31.
    expect(zonedInputToIso("2027-03-28T01:30", "Europe/Berlin")).toBe("2027-03-28T01:30:00+01:00");
    expect(zonedInputToIso("2027-03-28T03:30", "Europe/Berlin")).toBe("2027-03-28T03:30:00+02:00");
    expect(zonedInputToIso("2027-10-31T04:00", "Europe/Berlin")).toBe("2027-10-31T04:00:00+01:00");
  });
  it("leaves an empty value out and passes anything else on for the server to refuse", () => {
    expect(zonedInputToIso("", "UTC")).toBeUndefined();
    expect(zonedInputToIso("tomorrow", "UTC")).toBe("tomorrow");
  });
});

describe("isoToZonedInput", () => {
  it("shows an instant as the wall-clock time of the zone, and round-trips", () => {
    expect(isoToZonedInput("2027-03-05T13:00:00.000Z", "Europe/Berlin")).toBe("2027-03-05T14:00");
    expect(isoToZonedInput(new Date("2027-03-05T13:00:00Z"), "America/New_York")).toBe("2027-03-05T08:00");
    expect(isoToZonedInput(null, "UTC")).toBe("");
    const back = zonedInputToIso(isoToZonedInput("2027-07-01T08:45:00Z", "Asia/Kolkata"), "Asia/Kolkata")!;
    expect(new Date(back).toISOString()).toBe("2027-07-01T08:45:00.000Z");
  });
});
