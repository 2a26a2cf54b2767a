import { NextResponse } from "next/server";
import { toApiListItem } from "@/features/questions/dto";
import { searchQuestionItems } from "@/features/questions/queries";
import { apiQuestionQuerySchema } from "@/features/questions/schemas";
import { toLevel } from "@/lib/levels";
import { requireUser } from "@/server/auth";
import { assertCan } from "@/server/auth-gates";
import { handler } from "@/server/errors";

// GET /api/questions?q=&level=&bank=&tag=&limit=&offset= → [{id, number, level, title, bank}],
// best match first when q is given; 50 per page unless `limit` (up to 1000) says otherwise.
// For interviewers and admins (questions:api in src/lib/policy.ts).
export const GET = handler(async (request: Request) => {
  const user = await requireUser();
  // The JSON API is narrower than the pages (questions:api); the query checks questions:read.
  assertCan(user, "questions:api");
  const query = apiQuestionQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const items = await searchQuestionItems(user, { ...query, level: query.level ? toLevel(query.level) : undefined });
  return NextResponse.json(items.map(toApiListItem));
});
