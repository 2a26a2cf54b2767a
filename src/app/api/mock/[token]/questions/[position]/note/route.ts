import { NextResponse } from "next/server";
import { saveFriendNote } from "@/features/practice/mock/mutations";
import { friendNoteParamsSchema } from "@/features/practice/mock/schemas";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** The friend's rating and notes on one question (the cockpit's note shape; 409 with `current` on a stale save). */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ token: string; position: string }> }) => {
  const { token, position } = pathParams(await params, friendNoteParamsSchema, "No such question in this mock interview");
  return NextResponse.json(await saveFriendNote(token, position, await readJson(request)));
});
