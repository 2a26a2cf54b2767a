import { NextResponse } from "next/server";
import { ScorecardConflict, saveScorecard } from "@/features/scorecards/mutations";
import { sessionParamsSchema } from "@/features/scorecards/schemas";
import { readJson } from "@/features/sessions/http";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** Saves the caller's own scorecard draft, or amends it with `amend: true` (docs/api-scorecards.md). */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = sessionParamsSchema.parse(await params);
  try {
    return NextResponse.json(await saveScorecard(user, id, await readJson(request)));
  } catch (error) {
    if (!(error instanceof ScorecardConflict)) throw error;
    return NextResponse.json({ error: { code: error.code, message: error.message }, current: error.current }, { status: 409 });
  }
});
