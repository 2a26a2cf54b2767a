import { cachedCandidateStateByToken } from "@/features/sessions/live/candidate-cache";
import { attachCandidate } from "@/features/sessions/live/candidate-feed";
import { sseResponse } from "@/features/sessions/live/sse";
import { tokenParamsSchema } from "@/features/sessions/schemas";
import { withApiSecurityHeaders } from "@/lib/security-headers";
import { AppError, handler } from "@/server/errors";
import { pathParams } from "@/server/params";
import { guardStream } from "@/server/stream-guard";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The proxy skips this route (src/proxy.ts), so it sets its own security headers, on errors too.
const open = handler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = pathParams(await params, tokenParamsSchema, "This interview link is no longer active");
  const state = await cachedCandidateStateByToken(token);
  if (!state) throw new AppError("NOT_FOUND", "This interview link is no longer active");
  return sseResponse(request.signal, "candidate", async (sink) => {
    const detach = await attachCandidate(state.sessionId, { tokenHash: state.tokenHash, send: sink.send, close: sink.close });
    // The link is the credential: once it expires (or dies otherwise), an open stream closes too.
    const unguard = guardStream({ userId: null, close: sink.close, stillAllowed: async () => !!(await cachedCandidateStateByToken(token)) });
    return () => {
      unguard();
      detach();
    };
  });
});

/** The candidate's live feed: candidate states only, shared per session (live/candidate-feed.ts). */
export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  return withApiSecurityHeaders(await open(request, context));
}
