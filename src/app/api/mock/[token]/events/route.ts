import { mockIdForFriend } from "@/features/practice/mock/access";
import { friendParamsSchema } from "@/features/practice/mock/schemas";
import { friendEvents } from "@/features/practice/mock/streams";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The friend's cockpit feed: refused (404) before it opens when the link does not work, closed when it expires. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = pathParams(await params, friendParamsSchema, "This mock interview link does not work (it may have expired)");
  const mockId = await mockIdForFriend(token);
  return friendEvents(request.signal, token, mockId);
});
