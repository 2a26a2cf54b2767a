import { NextResponse } from "next/server";
import { joinUrl } from "@/features/sessions/live/token";
import { createSession } from "@/features/sessions/mutations";
import { listSessions } from "@/features/sessions/queries";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";

export const dynamic = "force-dynamic";

/** The sessions this user may see (docs/api.md). */
export const GET = handler(async () => {
  const user = await requireUser();
  return NextResponse.json(await listSessions(user));
});

/** Creates a session from a kit or picked questions; the join URL is returned this once. */
export const POST = handler(async (request: Request) => {
  const user = await requireUser();
  const { id, token } = await createSession(user, await readJson(request));
  return NextResponse.json({ id, joinUrl: joinUrl(request, token) }, { status: 201 });
});
