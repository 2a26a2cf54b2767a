// The fixed-window limit on the real database: counts per key, refuses past the limit, starts a
// fresh window when the old one is over, and holds under parallel requests.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "~tests/setup/reset-db";
import { sharedRateLimit } from "./shared-rate-limit";

const limit = { max: 3, windowMs: 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));
const attempt = (key: string, now: Date) => sharedRateLimit(key, limit, "Slow down.", now).then(() => "ok", (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`);

beforeEach(resetDb);

describe("sharedRateLimit", () => {
  it("lets max requests through per window and key, then refuses with the time to wait", async () => {
    expect(await Promise.all([0, 1, 2].map(async (s) => attempt("a", at(s))))).toEqual(["ok", "ok", "ok"]);
    expect(await attempt("a", at(20))).toBe("RATE_LIMITED: Slow down. Try again in 40 s.");
    expect(await attempt("b", at(20))).toBe("ok");
  });

  it("starts a fresh window once the old one is over", async () => {
    for (const s of [0, 1, 2, 3]) await attempt("a", at(s));
    expect(await attempt("a", at(59))).toMatch(/^RATE_LIMITED/);
    expect(await attempt("a", new Date(at(0).getTime() + 60_000))).toBe("ok");
  });

  it("counts parallel requests one by one: no more than max get through", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => attempt("c", at(0))));
    expect(results.filter((r) => r === "ok")).toHaveLength(3);
  });
});
