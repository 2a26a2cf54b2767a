import { authorizeSession } from "@/features/sessions/access";
import { sseResponse } from "@/features/sessions/live/sse";
import { getInterviewerView } from "@/features/sessions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { sessionEvents } from "@/server/events";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The cockpit's live feed: the interviewer's own state, re-read on every change of the session
 * (each interviewer's view carries their own notes, so it is read per stream). Every read
 * authorizes again, so someone taken off the panel stops receiving at the next change.
 */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  // Refused before a stream is opened: the caller gets a 403/404, not an empty stream.
  await authorizeSession(user, "run", id);

  return sseResponse(request.signal, async (sink) => {
    let reading = false;
    let again = false;
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
          const view = await getInterviewerView(user, id);
          sink.send(JSON.stringify(view), view.revision);
        } while (again && !sink.closed);
      } catch {
        sink.close();
      } finally {
        reading = false;
      }
    };
    const unsubscribe = sessionEvents().subscribe(id, () => void push());
    await sessionEvents().listening();
    await push();
    return unsubscribe;
  });
});
