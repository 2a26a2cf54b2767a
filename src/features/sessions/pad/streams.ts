import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { userForSignIn, type SignInRef } from "@/server/auth-session";
import { db } from "@/server/db";
import { sessionEvents } from "@/server/events";
import { guardStream, STREAM_RECHECK_MS } from "@/server/stream-guard";
import { authorizeSession } from "../access";
import type { SseSink } from "../live/sse";
import { candidatePad, panelPad } from "./pad-access";
import { attachPad } from "./pad-feed";
import { padStreamQuerySchema } from "./schemas";

// The pad streams' openings. Each checks access BEFORE the stream opens (a refusal is a real 404
// or 403, not an empty stream) and returns what the stream runs once open. A candidate's stream
// also follows its session: when the interview ends or the link is regenerated, it closes. Both
// re-check their caller while open, like the cockpit's stream (src/server/stream-guard.ts): the
// panel's sign-in and panel seat, the candidate's link (which also expires).

type Start = (sink: SseSink) => Promise<() => void>;

/** Where the client resumes: `?after=` or the Last-Event-ID EventSource sends on reconnect, whichever is later. */
export function resumePoint(request: Request): number {
  const url = new URL(request.url);
  const { after } = padStreamQuerySchema.parse({ after: url.searchParams.get("after") ?? undefined });
  const header = padStreamQuerySchema.safeParse({ after: request.headers.get("last-event-id") ?? undefined });
  return Math.max(after ?? 0, (header.success ? header.data.after : undefined) ?? 0);
}

export async function candidatePadStream(token: string, position: number, after: number): Promise<Start> {
  const target = await candidatePad(db, token, position);
  return async (sink) => {
    let checking = false;
    let again = false;
    // Coalesced like the session feeds: a change during a check causes one more check.
    const check = async () => {
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        do {
          again = false;
          await candidatePad(db, token, position);
        } while (again && !sink.closed);
      } catch {
        sink.close();
      } finally {
        checking = false;
      }
    };
    const unwatch = sessionEvents().subscribe(target.sessionId, () => void check());
    const unguard = guardStream({ userId: null, close: sink.close, stillAllowed: () => candidatePad(db, token, position).then(() => true) });
    const detach = await attachPad(target.sessionQuestionId, after, sink);
    return () => {
      unwatch();
      unguard();
      detach();
    };
  };
}

/** The panel's stream of a pad (read-only after the session, so the final code stays in view). */
export async function panelPadStream(signedIn: { user: SessionUser; ref: SignInRef }, sessionId: string, position: number, after: number, { recheckMs = STREAM_RECHECK_MS } = {}): Promise<Start> {
  await authorizeSession(signedIn.user, "run", sessionId);
  const target = await panelPad(db, sessionId, position);
  return async (sink) => {
    const unguard = guardStream({
      userId: signedIn.user.id,
      intervalMs: recheckMs,
      close: sink.close,
      stillAllowed: async () => {
        const fresh = await userForSignIn(signedIn.ref);
        if (!fresh) return false;
        await authorizeSession(fresh, "run", sessionId);
        return true;
      },
    });
    const detach = await attachPad(target.sessionQuestionId, after, sink);
    return () => {
      unguard();
      detach();
    };
  };
}
