import { describe, expect, it } from "vitest";
import { routePattern } from "./route-pattern";

describe("routePattern", () => {
  it.each([
    ["/api/sessions/cm5abc/actions", { id: "cm5abc" }, "/api/sessions/[id]/actions"],
    ["/api/sessions/cm5abc/pads/0/events", { id: "cm5abc", position: "0" }, "/api/sessions/[id]/pads/[position]/events"],
    ["/api/live/a%20b/events", { token: "a b" }, "/api/live/[token]/events"],
    ["/api/questions", {}, "/api/questions"],
    ["/api/auth/callback/credentials", { nextauth: ["callback", "credentials"] }, "/api/auth/[...nextauth]"],
    ["/api/metrics", undefined, "/api/metrics"],
  ])("%s → its file's pattern", (path, params, expected) => {
    expect(routePattern(path, params)).toBe(expected);
  });
});
