import { NextResponse } from "next/server";
import { postCandidatePad } from "@/features/sessions/pad/mutations";
import { livePadParamsSchema, MAX_PAD_BODY_BYTES } from "@/features/sessions/pad/schemas";
import { isCrossOriginWrite, withApiSecurityHeaders } from "@/lib/security-headers";
import { AppError, handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; position: string }> };

// The proxy skips /api/live (src/proxy.ts): this route refuses cross-origin writes and sets the
// security headers itself.
const post = handler(async (request: Request, { params }: Context) => {
  if (isCrossOriginWrite(request.method, request.headers.get("origin"), request.headers.get("host"))) {
    throw new AppError("FORBIDDEN", "Cross-origin requests are not accepted");
  }
  const { token, position } = pathParams(await params, livePadParamsSchema, "This interview link is no longer active");
  return NextResponse.json(await postCandidatePad(token, position, await readJson(request, { maxBytes: MAX_PAD_BODY_BYTES })));
});

/** The candidate's edits and cursor in one pad of their live interview. */
export async function POST(request: Request, context: Context): Promise<Response> {
  return withApiSecurityHeaders(await post(request, context));
}
