import { authorizeOwnMock } from "@/features/practice/mock/access";
import { candidateMockEvents } from "@/features/practice/mock/streams";
import { idParamsSchema } from "@/lib/ids";
import { currentSignIn, requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The candidate's feed of their own mock: authorized before it opens, re-checked while open. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such mock interview");
  await authorizeOwnMock(user, id);
  const signedIn = (await currentSignIn())!;
  return candidateMockEvents(request.signal, signedIn, id);
});
