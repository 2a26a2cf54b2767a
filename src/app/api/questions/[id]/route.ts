import { NextResponse } from "next/server";
import { toApiQuestion } from "@/features/questions/dto";
import { assertQuestions } from "@/features/questions/policy";
import { getQuestion } from "@/features/questions/queries";
import { questionIdSchema } from "@/features/questions/schemas";
import { currentUser } from "@/server/auth";
import { AppError, handler } from "@/server/errors";

// GET /api/questions/:id → the question in the importer's JSON shape plus id, bank and version.
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await currentUser();
  assertQuestions(user, "api");
  const parsed = questionIdSchema.safeParse((await params).id);
  // An id that cannot exist is as unknown as one that does not: 404 either way.
  const question = parsed.success ? await getQuestion(user, parsed.data) : null;
  if (!question) throw new AppError("NOT_FOUND", "No such question");
  return NextResponse.json(toApiQuestion(question));
});
