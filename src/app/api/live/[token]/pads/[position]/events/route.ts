import { sseResponse } from "@/features/sessions/live/sse";
import { livePadParamsSchema } from "@/features/sessions/pad/schemas";
import { candidatePadStream, resumePoint } from "@/features/sessions/pad/streams";
import { withApiSecurityHeaders } from "@/lib/security-headers";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ token: string; position: string }> };

// The proxy skips /api/live (src/proxy.ts), so this route sets its own security headers.
const open = handler(async (request: Request, { params }: Context) => {
  const { token, position } = pathParams(await params, livePadParamsSchema, "This interview link is no longer active");
  return sseResponse(request.signal, "pad", await candidatePadStream(token, position, resumePoint(request)));
});

/** The candidate's stream of one pad: pad content only (updates, language, cursors). */
export async function GET(request: Request, context: Context): Promise<Response> {
  return withApiSecurityHeaders(await open(request, context));
}
