import { NextResponse } from "next/server";
import { toApiQuestion } from "@/features/questions/dto";
import { getQuestion } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { assertCan } from "@/server/auth-gates";
import { AppError, handler } from "@/server/errors";
import { pathParams } from "@/server/params";

// GET /api/questions/:id → the question in the importer's JSON shape plus id, bank and version.
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  // The JSON API is narrower than the pages (questions:api); the query checks questions:read.
  assertCan(user, "questions:api");
  // An id that cannot exist is as unknown as one that does not: 404 either way.
  const { id } = pathParams(await params, idParamsSchema, "No such question");
  const question = await getQuestion(user, id);
  if (!question) throw new AppError("NOT_FOUND", "No such question");
  return NextResponse.json(toApiQuestion(question));
});
