import { NextResponse } from "next/server";
import { appOrigin, joinUrl } from "@/features/sessions/live/token";
import { regenerateJoinLink } from "@/features/sessions/mutations";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** Replaces the candidate's join link; the old one is dead at once. A scheduled candidate is mailed the new one. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  const { token } = await regenerateJoinLink(user, { id }, { origin: appOrigin(request) });
  return NextResponse.json({ joinUrl: joinUrl(request, token) });
});
