import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { userForSignIn, type SignInRef } from "@/server/auth-session";
import { sessionEvents } from "@/server/events";
import { observeFanout } from "@/server/metrics";
import { guardStream, STREAM_RECHECK_MS } from "@/server/stream-guard";
import { authorizeSession } from "./access";
import { sseResponse } from "./live/sse";
import { getInterviewerView } from "./queries";

/**
 * The cockpit's live feed: the interviewer's own state, re-read on every change of the session
 * (each interviewer's view carries their own notes, so it is read per stream). Every read
 * authorizes again, and the stream guard re-checks the sign-in itself (the user active, the same
 * authVersion, the browser session not revoked) and the panel at least every `recheckMs` and at
 * once when the user's access changes, then closes. The caller has authorized the opening.
 */
export function cockpitEvents(signal: AbortSignal, signedIn: { user: SessionUser; ref: SignInRef }, sessionId: string, { recheckMs = STREAM_RECHECK_MS } = {}): Response {
  return sseResponse(signal, "cockpit", async (sink) => {
    let viewer = signedIn.user;
    let reading = false;
    let again = false;
    // When the earliest change not yet read was notified (the fan-out lag's start).
    let pendingSince: number | null = null;
    // Coalesced: changes arriving during a read cause one more read, not one per change.
    const push = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const since = pendingSince;
          pendingSince = null;
          const view = await getInterviewerView(viewer, sessionId);
          sink.send(JSON.stringify(view), view.revision);
          observeFanout("cockpit", since);
        } while (again && !sink.closed);
      } catch {
        sink.close();
      } finally {
        reading = false;
      }
    };
    const unsubscribe = sessionEvents().subscribe(sessionId, (change) => {
      pendingSince ??= change.at ?? null;
      void push();
    });
    const unguard = guardStream({
      userId: viewer.id,
      intervalMs: recheckMs,
      close: sink.close,
      stillAllowed: async () => {
        const fresh = await userForSignIn(signedIn.ref);
        if (!fresh) return false;
        await authorizeSession(fresh, "run", sessionId);
        viewer = fresh;
        return true;
      },
    });
    await sessionEvents().listening();
    await push();
    return () => {
      unsubscribe();
      unguard();
    };
  });
}
