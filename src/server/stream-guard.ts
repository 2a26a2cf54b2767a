import "server-only";
import { sessionEvents } from "@/server/events";

// An event stream is authorised when it opens, and then stays open for hours. Every stream that
// serves a user (the cockpit, and the code pad stream beside it) or a bearer link (the candidate's)
// re-checks whether it still may, at least every STREAM_RECHECK_MS and at once when the user's
// access changes (a USER_CHANNEL notification: deactivated, role or password changed, signed out),
// and closes when it may not (issue 14: a deactivated interviewer kept receiving model answers).

export const STREAM_RECHECK_MS = 30_000;

export type StreamGuard = {
  /** The user the stream serves; null for a bearer link, which is re-checked on the interval only. */
  userId: string | null;
  /** Whether the stream may stay open; false or a failure closes it. */
  stillAllowed: () => Promise<boolean>;
  close: () => void;
  intervalMs?: number;
};

/** Starts watching; returns the function that stops (call it from the stream's cleanup). */
export function guardStream({ userId, stillAllowed, close, intervalMs = STREAM_RECHECK_MS }: StreamGuard): () => void {
  let stopped = false;
  let checking = false;
  let again = false;
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };
  // Coalesced like the stream's own reads: a change during a check causes one more check.
  const check = async () => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        const allowed = await stillAllowed().catch(() => false);
        if (!allowed && !stopped) {
          stop();
          close();
        }
      } while (again && !stopped);
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  const unsubscribe = userId ? sessionEvents().subscribeUser(userId, () => void check()) : () => undefined;
  return stop;
}
