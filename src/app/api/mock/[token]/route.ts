import { NextResponse } from "next/server";
import { getFriendView } from "@/features/practice/mock/queries";
import { friendParamsSchema } from "@/features/practice/mock/schemas";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

const GONE = "This mock interview link does not work (it may have expired)";

/** The friend's cockpit state. No account: the link's token is the credential, for this mock only. */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = pathParams(await params, friendParamsSchema, GONE);
  return NextResponse.json(await getFriendView(token));
});
