import { sseResponse } from "@/features/sessions/live/sse";
import { padParamsSchema } from "@/features/sessions/pad/schemas";
import { panelPadStream, resumePoint } from "@/features/sessions/pad/streams";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The panel's stream of one pad: updates, language and cursors, as the candidate's. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = pathParams(await params, padParamsSchema, "No such pad in this session");
  return sseResponse(request.signal, await panelPadStream(user, id, position, resumePoint(request)));
});
