import { cachedCandidateStateByToken } from "@/features/sessions/live/candidate-cache";
import { tokenParamsSchema } from "@/features/sessions/schemas";
import { withApiSecurityHeaders } from "@/lib/security-headers";
import { AppError, handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

// The proxy skips this route (src/proxy.ts): it is polled by every candidate, so it sets its own
// security headers, on errors too.
const read = handler(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = pathParams(await params, tokenParamsSchema, "This interview link is no longer active");
  const state = await cachedCandidateStateByToken(token);
  if (!state) throw new AppError("NOT_FOUND", "This interview link is no longer active");
  // A plain Response: NextResponse's cookie helpers are not needed on this hot, cookie-free path.
  return new Response(JSON.stringify(state.view), {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
});

/** The candidate's state for a join token: no account, the token is the credential. */
export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  return withApiSecurityHeaders(await read(request, context));
}
