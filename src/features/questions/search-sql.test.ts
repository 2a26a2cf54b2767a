import { describe, expect, it } from "vitest";
import { prefixQuery } from "./search-sql";

describe("prefixQuery", () => {
  it.each([
    ["gorout", "gorout:*"],
    ["dead lock", "dead:* & lock:*"],
    ["mutex -deadlock", "mutex:* & !deadlock"],
    ["sync.WaitGroup", "sync:* & WaitGroup:*"],
    ["it's (x) & y | !z:*", "it:* & s:* & x:* & y:* & z:*"],
  ])("%s → %s", (input, expected) => {
    expect(prefixQuery(input)).toBe(expected);
  });

  it.each(['"exact phrase"', "mutex or channel", "-only -negated", "&&& ||"])("leaves %s to websearch alone", (input) => {
    expect(prefixQuery(input)).toBeNull();
  });
});
