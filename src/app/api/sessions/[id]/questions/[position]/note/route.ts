import { NextResponse } from "next/server";
import { saveQuestionNote } from "@/features/sessions/notes";
import { noteParamsSchema } from "@/features/sessions/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** Saves this interviewer's note on one question; 409 with the current note when it is stale. */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = pathParams(await params, noteParamsSchema, "No such question in this session");
  return NextResponse.json(await saveQuestionNote(user, id, position, await readJson(request)));
});
