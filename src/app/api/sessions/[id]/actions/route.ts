import { NextResponse } from "next/server";
import { applySessionAction } from "@/features/sessions/mutations";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** start | reveal-probe | next-question | previous-question | end | cancel → the new interviewer state. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  return NextResponse.json(await applySessionAction(user, id, await readJson(request)));
});
