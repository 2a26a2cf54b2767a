import { describe, expect, it } from "vitest";
import { localInputToIso } from "./datetime-input";

describe("localInputToIso", () => {
  it("keeps the wall-clock time and adds this runtime's offset, naming the same instant", () => {
    const iso = localInputToIso("2027-03-05T14:00")!;
    expect(iso).toMatch(/^2027-03-05T14:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso).getTime()).toBe(new Date("2027-03-05T14:00").getTime());
  });
  it("leaves an empty value out and passes anything else on for the server to refuse", () => {
    expect(localInputToIso("")).toBeUndefined();
    expect(localInputToIso("tomorrow")).toBe("tomorrow");
  });
});
