import { NextResponse } from "next/server";
import { ScorecardConflict, submitScorecard } from "@/features/scorecards/mutations";
import { sessionParamsSchema } from "@/features/scorecards/schemas";
import { readJson } from "@/features/sessions/http";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** Submits the caller's scorecard: 400 with field errors naming what is missing (docs/api-scorecards.md). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = sessionParamsSchema.parse(await params);
  try {
    return NextResponse.json(await submitScorecard(user, id, await readJson(request)));
  } catch (error) {
    if (!(error instanceof ScorecardConflict)) throw error;
    return NextResponse.json({ error: { code: error.code, message: error.message }, current: error.current }, { status: 409 });
  }
});
