import { NextResponse } from "next/server";
import { joinUrl } from "@/features/sessions/http";
import { regenerateJoinLink } from "@/features/sessions/mutations";
import { sessionParamsSchema } from "@/features/sessions/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** Replaces the candidate's join link; the old one is dead at once. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = sessionParamsSchema.parse(await params);
  const { token } = await regenerateJoinLink(user, id);
  return NextResponse.json({ joinUrl: joinUrl(request, token) });
});
