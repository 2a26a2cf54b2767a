import { NextResponse } from "next/server";
import { listBankPurposes } from "@/features/banks/queries";
import { requireUser } from "@/server/auth";
import { assertCan } from "@/server/auth-gates";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

// GET /api/banks → [{id, name, purpose: "interview"|"practice", questionCount}] (active questions),
// by name. For interviewers and admins (questions:api in src/lib/policy.ts), like the questions API.
export const GET = handler(async () => {
  const user = await requireUser();
  // The JSON API is narrower than the pages (questions:api); the query checks questions:read.
  assertCan(user, "questions:api");
  return NextResponse.json(await listBankPurposes(user));
});
