import { NextResponse } from "next/server";
import { loadQuestionCode } from "@/features/sessions/pad/mutations";
import { padParamsSchema } from "@/features/sessions/pad/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** Appends the code blocks of the question's prompt (never its answers) to the pad → `{ seq, language }`. */
export const POST = handler(async (_request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = pathParams(await params, padParamsSchema, "No such pad in this session");
  return NextResponse.json(await loadQuestionCode(user, id, position));
});
