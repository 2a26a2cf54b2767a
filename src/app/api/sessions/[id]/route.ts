import { NextResponse } from "next/server";
import { getInterviewerView } from "@/features/sessions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** The interviewer's state of a session they are assigned to (docs/api.md). */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such session");
  return NextResponse.json(await getInterviewerView(user, id));
});
