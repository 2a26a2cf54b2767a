import { NextResponse } from "next/server";
import { applyFriendAction } from "@/features/practice/mock/mutations";
import { getFriendView } from "@/features/practice/mock/queries";
import { friendParamsSchema } from "@/features/practice/mock/schemas";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** start | reveal-probe | undo-reveal | next-question | previous-question | goto | end → the friend's new cockpit state. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = pathParams(await params, friendParamsSchema, "This mock interview link does not work (it may have expired)");
  await applyFriendAction(token, await readJson(request));
  return NextResponse.json(await getFriendView(token));
});
