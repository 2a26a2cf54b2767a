import { NextResponse } from "next/server";
import { setPadLanguage } from "@/features/sessions/pad/mutations";
import { padParamsSchema } from "@/features/sessions/pad/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** Sets the pad's language `{ language }` for every side's highlighting. */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ id: string; position: string }> }) => {
  const user = await requireUser();
  const { id, position } = pathParams(await params, padParamsSchema, "No such pad in this session");
  return NextResponse.json(await setPadLanguage(user, id, position, await readJson(request)));
});
