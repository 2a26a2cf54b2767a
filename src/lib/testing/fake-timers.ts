// For unit tests of code that waits: debounces, retries, backoff.
import { afterEach, beforeEach, vi } from "vitest";

/** Fake timers in every test of the calling file; advance them with vi.advanceTimersByTimeAsync. */
export function withFakeTimers() {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
