import { attachCandidate } from "@/features/sessions/live/candidate-feed";
import { candidateStateByToken } from "@/features/sessions/live/candidate-queries";
import { sseResponse } from "@/features/sessions/live/sse";
import { tokenParamsSchema } from "@/features/sessions/schemas";
import { AppError, handler } from "@/server/errors";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The candidate's live feed: candidate states only, shared per session (live/candidate-feed.ts). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = tokenParamsSchema.parse(await params);
  const state = await candidateStateByToken(token);
  if (!state) throw new AppError("NOT_FOUND", "This interview link is no longer active");
  return sseResponse(request.signal, (sink) =>
    attachCandidate(state.sessionId, { tokenHash: state.tokenHash, send: sink.send, close: sink.close }),
  );
});
