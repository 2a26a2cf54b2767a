import { NextResponse } from "next/server";
import { candidateStateByToken } from "@/features/sessions/live/candidate-queries";
import { tokenParamsSchema } from "@/features/sessions/schemas";
import { AppError, handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** The candidate's state for a join token: no account, the token is the credential. */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = tokenParamsSchema.parse(await params);
  const state = await candidateStateByToken(token);
  if (!state) throw new AppError("NOT_FOUND", "This interview link is no longer active");
  return NextResponse.json(state.view, { headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
});
