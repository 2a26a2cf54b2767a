import { NextResponse } from "next/server";
import { submitScorecard } from "@/features/scorecards/mutations";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** Submits the caller's scorecard: 400 with field errors naming what is missing (docs/api-scorecards.md). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  return NextResponse.json(await submitScorecard(user, id, await readJson(request)));
});
