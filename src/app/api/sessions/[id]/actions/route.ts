import { NextResponse } from "next/server";
import { readJson } from "@/features/sessions/http";
import { applySessionAction } from "@/features/sessions/mutations";
import { sessionParamsSchema } from "@/features/sessions/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** start | reveal-probe | next-question | previous-question | end | cancel → the new interviewer state. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = sessionParamsSchema.parse(await params);
  return NextResponse.json(await applySessionAction(user, id, await readJson(request)));
});
