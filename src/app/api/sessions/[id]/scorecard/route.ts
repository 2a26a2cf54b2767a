import { NextResponse } from "next/server";
import { saveScorecard } from "@/features/scorecards/mutations";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** Saves the caller's own scorecard draft, or amends it with `amend: true`; 409 with the current one when stale (docs/api-scorecards.md). */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  return NextResponse.json(await saveScorecard(user, id, await readJson(request)));
});
