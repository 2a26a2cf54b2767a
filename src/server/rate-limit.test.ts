import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("lets a burst through, then refills at its rate, per key", () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 3, perSecond: 2, now: () => now });
    expect([1, 2, 3].map(() => limiter.take("a").ok)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 500 });
    expect(limiter.take("b").ok).toBe(true);
    now = 500;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("counts costs (bytes) and forgets the least recently used key past its bound", () => {
    const now = 0;
    const limiter = createRateLimiter({ capacity: 100, perSecond: 10, maxKeys: 2, now: () => now });
    expect(limiter.take("a", 80).ok).toBe(true);
    expect(limiter.take("a", 30)).toEqual({ ok: false, retryAfterMs: 1000 });
    limiter.take("b");
    limiter.take("c");
    expect(limiter.size()).toBe(2);
    // "a" was dropped: it comes back full.
    expect(limiter.take("a", 100).ok).toBe(true);
  });
});
