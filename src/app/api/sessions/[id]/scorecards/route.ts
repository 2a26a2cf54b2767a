import { NextResponse } from "next/server";
import { listVisibleScorecards } from "@/features/scorecards/queries";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** The session's scorecards the caller may see under the blind rule (docs/api-scorecards.md). */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  return NextResponse.json(await listVisibleScorecards(user, id));
});
