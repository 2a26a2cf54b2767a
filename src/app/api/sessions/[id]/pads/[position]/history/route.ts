import { NextResponse } from "next/server";
import { getPadHistory } from "@/features/sessions/pad/queries";
import { padParamsSchema } from "@/features/sessions/pad/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** How the pad was written, step by step, for playback: `{ language, steps: [{ at, author, name?, delta }] }`. */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = pathParams(await params, padParamsSchema, "No such pad in this session");
  return NextResponse.json(await getPadHistory(user, id, position));
});
