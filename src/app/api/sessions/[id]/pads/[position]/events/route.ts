import { sseResponse } from "@/features/sessions/live/sse";
import { padParamsSchema } from "@/features/sessions/pad/schemas";
import { panelPadStream, resumePoint } from "@/features/sessions/pad/streams";
import { currentSignIn, requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The panel's stream of one pad: updates, language and cursors, as the candidate's. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  await requireUser();
  const { id, position } = pathParams(await params, padParamsSchema, "No such pad in this session");
  // The same cached lookup requireUser made, with what the cookie says (for the stream's re-checks).
  const signedIn = (await currentSignIn())!;
  return sseResponse(request.signal, "pad", await panelPadStream(signedIn, id, position, resumePoint(request)));
});
