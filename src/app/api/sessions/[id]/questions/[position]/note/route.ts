import { NextResponse } from "next/server";
import { readJson } from "@/features/sessions/http";
import { NoteConflict, saveQuestionNote } from "@/features/sessions/notes";
import { noteParamsSchema } from "@/features/sessions/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** Saves this interviewer's note on one question; 409 with the current note when it is stale. */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = noteParamsSchema.parse(await params);
  try {
    return NextResponse.json(await saveQuestionNote(user, id, position, await readJson(request)));
  } catch (error) {
    if (!(error instanceof NoteConflict)) throw error;
    return NextResponse.json({ error: { code: error.code, message: error.message }, current: error.current }, { status: 409 });
  }
});
