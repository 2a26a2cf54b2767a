import "server-only";
// The two live feeds of a mock, on the session event hub (a mock's transitions notify on the same
// channel, by the mock's id). Both are kept honest by the stream guard (src/server/stream-guard.ts):
// the friend's re-checks that the link still opens the mock (it expires), the candidate's re-checks
// the sign-in and the ownership, like the cockpit's.
import { sseResponse, type SseSink } from "@/features/sessions/live/sse";
import type { SessionUser } from "@/server/auth-gates";
import { userForSignIn, type SignInRef } from "@/server/auth-session";
import { sessionEvents } from "@/server/events";
import { guardStream, STREAM_RECHECK_MS } from "@/server/stream-guard";
import { authorizeOwnMock, friendLinkStillOpens } from "./access";
import { getFriendView, readCandidateView } from "./queries";

type Feed = { mockId: string; userId: string | null; read: () => Promise<{ revision: number }>; stillAllowed: () => Promise<boolean>; recheckMs: number };

/** One stream: the state now, then again on every change (coalesced), until the guard says no. */
function follow(signal: AbortSignal, feed: Feed): Response {
  return sseResponse(signal, "mock", async (sink: SseSink) => {
    let reading = false;
    let again = false;
    const push = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const view = await feed.read();
          sink.send(JSON.stringify(view), view.revision);
        } while (again && !sink.closed);
      } catch {
        sink.close();
      } finally {
        reading = false;
      }
    };
    const unsubscribe = sessionEvents().subscribe(feed.mockId, () => void push());
    const unguard = guardStream({ userId: feed.userId, intervalMs: feed.recheckMs, close: sink.close, stillAllowed: feed.stillAllowed });
    await sessionEvents().listening();
    await push();
    return () => {
      unsubscribe();
      unguard();
    };
  });
}

/** The friend's cockpit feed. Every read checks the link again (an expired link reads as 404 and closes the stream). */
export function friendEvents(signal: AbortSignal, token: string, mockId: string, { recheckMs = STREAM_RECHECK_MS } = {}): Response {
  return follow(signal, { mockId, userId: null, recheckMs, read: () => getFriendView(token), stillAllowed: () => friendLinkStillOpens(token, mockId) });
}

/** The candidate's feed of their own mock: the allow-listed candidate view only. */
export function candidateMockEvents(signal: AbortSignal, signedIn: { user: SessionUser; ref: SignInRef }, mockId: string, { recheckMs = STREAM_RECHECK_MS } = {}): Response {
  return follow(signal, {
    mockId,
    userId: signedIn.user.id,
    recheckMs,
    read: () => readCandidateView(mockId),
    stillAllowed: async () => {
      const fresh = await userForSignIn(signedIn.ref);
      if (!fresh) return false;
      await authorizeOwnMock(fresh, mockId);
      return true;
    },
  });
}
