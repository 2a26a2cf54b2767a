import { NextResponse } from "next/server";
import { appOrigin, joinUrl } from "@/features/sessions/live/token";
import { updateSession } from "@/features/sessions/edit";
import { getInterviewerView } from "@/features/sessions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** The interviewer's state of a session they are assigned to (docs/api.md). */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  return NextResponse.json(await getInterviewerView(user, id));
});

/**
 * Edits a session before it starts: title, scheduledAt (ISO 8601 with offset), durationMinutes,
 * videoUrl. A changed schedule is mailed and renews the join link; the new one is returned.
 */
export const PATCH = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  const { token } = await updateSession(user, id, await readJson(request), { origin: appOrigin(request) });
  return NextResponse.json({ id, joinUrl: token ? joinUrl(request, token) : null });
});
