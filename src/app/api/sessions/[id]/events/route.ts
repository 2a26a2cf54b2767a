import { authorizeSession } from "@/features/sessions/access";
import { cockpitEvents } from "@/features/sessions/cockpit-stream";
import { idParamsSchema } from "@/lib/ids";
import { currentSignIn, requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The cockpit's live feed (features/sessions/cockpit-stream.ts): re-authorized while it is open. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  // Refused before a stream is opened: the caller gets a 403/404, not an empty stream.
  await authorizeSession(user, "run", id);
  // The same cached lookup requireUser made, with what the cookie says (for the stream's re-checks).
  const signedIn = (await currentSignIn())!;
  return cockpitEvents(request.signal, signedIn, id);
});
