import { NextResponse } from "next/server";
import { getAnswerFeedback } from "@/features/practice/feedback/queries";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";

export const dynamic = "force-dynamic";

// POST /api/practice/feedback {questionId, answer, versionId?} → {keyPoints, coverage, echoes}.
// Signed-in candidates, practice banks only, rate-limited. docs/api.md, "Practice feedback".
export const POST = handler(async (request: Request) => {
  const user = await requireUser();
  return NextResponse.json(await getAnswerFeedback(user, await readJson(request)));
});
