import { NextResponse } from "next/server";
import { getMockCandidateView } from "@/features/practice/mock/queries";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** The candidate's side of their own mock: the live candidate view (prompt and revealed probes only). */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such mock interview");
  return NextResponse.json(await getMockCandidateView(user, id));
});
