import { describe, expect, it, vi } from "vitest";
import { withFakeTimers } from "@/lib/testing/fake-timers";
import { startJobs } from "./scheduler";

// The runner of the app's own jobs, on fake timers and a clock the test controls.
withFakeTimers();

describe("scheduled jobs", () => {
  it("runs a job first after the start delay, then every interval, with the clock it is given", async () => {
    const seen: string[] = [];
    let clock = new Date("2030-01-01T00:00:00.000Z");
    const stop = startJobs([{ name: "probe", everyMs: 60_000, run: async (now) => void seen.push(now.toISOString()) }], { now: () => clock, firstRunAfterMs: 5_000 });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(["2030-01-01T00:00:00.000Z"]);
    clock = new Date("2030-07-01T00:00:00.000Z");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen).toEqual(["2030-01-01T00:00:00.000Z", "2030-07-01T00:00:00.000Z"]);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(seen).toHaveLength(2);
  });

  it("never overlaps a run with the next one, and keeps going after a failure", async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    const log = vi.fn();
    const stop = startJobs(
      [
        {
          name: "slow and flaky",
          everyMs: 1_000,
          run: async () => {
            calls += 1;
            running += 1;
            most = Math.max(most, running);
            await new Promise((resolve) => setTimeout(resolve, 2_500));
            running -= 1;
            if (calls === 1) throw new Error("database away");
          },
        },
      ],
      { firstRunAfterMs: 0, log },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    stop();
    expect(most).toBe(1);
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/slow and flaky failed/);
  });
});
