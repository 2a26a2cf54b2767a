import { NextResponse } from "next/server";
import { toApiListItem } from "@/features/questions/dto";
import { assertQuestions } from "@/features/questions/policy";
import { searchQuestionItems } from "@/features/questions/queries";
import { apiQuestionQuerySchema, toDbLevel } from "@/features/questions/schemas";
import { currentUser } from "@/server/auth";
import { handler } from "@/server/errors";

// GET /api/questions?q=&level=&bank=&tag=&limit=&offset= → [{id, number, level, title, bank}],
// best match first when q is given; 50 per page unless `limit` (up to 1000) says otherwise.
// For interviewers and admins (see features/questions/policy.ts).
export const GET = handler(async (request: Request) => {
  const user = await currentUser();
  assertQuestions(user, "api");
  const query = apiQuestionQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const items = await searchQuestionItems(user, { ...query, level: query.level ? toDbLevel(query.level) : undefined });
  return NextResponse.json(items.map(toApiListItem));
});
