import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "~tests/setup/reset-db";
import { checkThrottle, clearFailures, recordFailure, THROTTLE } from "./sign-in-throttle";

const key = "someone@example.com";
const t0 = new Date("2026-01-01T10:00:00Z");

describe("sign-in throttle", () => {
  beforeEach(resetDb);

  it("lets the first failures through without delay, then slows each attempt", async () => {
    for (let i = 0; i < THROTTLE.freeFailures - 1; i++) await recordFailure(key, t0);
    expect(await checkThrottle(key, t0)).toEqual({ locked: false, delayMs: 0 });
    await recordFailure(key, t0);
    expect(await checkThrottle(key, t0)).toEqual({ locked: false, delayMs: THROTTLE.stepMs });
    await recordFailure(key, t0);
    expect(await checkThrottle(key, t0)).toEqual({ locked: false, delayMs: 2 * THROTTLE.stepMs });
  });

  it("locks the key after too many failures and unlocks when the lock runs out", async () => {
    for (let i = 0; i < THROTTLE.lockAfter; i++) await recordFailure(key, t0);
    expect(await checkThrottle(key, t0)).toEqual({ locked: true, minutesLeft: THROTTLE.lockMinutes });
    const later = new Date(t0.getTime() + THROTTLE.lockMinutes * 60_000 + 1000);
    expect(await checkThrottle(key, later)).toEqual({ locked: false, delayMs: 0 });
    await recordFailure(key, later);
    expect(await checkThrottle(key, later)).toEqual({ locked: false, delayMs: 0 });
  });

  it("keeps keys apart and forgets a key after a successful sign-in", async () => {
    for (let i = 0; i < THROTTLE.lockAfter; i++) await recordFailure(key, t0);
    expect((await checkThrottle("other@example.com", t0)).locked).toBe(false);
    await clearFailures(key);
    expect(await checkThrottle(key, t0)).toEqual({ locked: false, delayMs: 0 });
  });
});
