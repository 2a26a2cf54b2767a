import { NextResponse } from "next/server";
import { postPanelPad } from "@/features/sessions/pad/mutations";
import { MAX_PAD_BODY_BYTES, padParamsSchema } from "@/features/sessions/pad/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** An interviewer's edits and cursor in one pad → `{ seq }`, the stored update's number. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = pathParams(await params, padParamsSchema, "No such pad in this session");
  return NextResponse.json(await postPanelPad(user, id, position, await readJson(request, { maxBytes: MAX_PAD_BODY_BYTES })));
});
