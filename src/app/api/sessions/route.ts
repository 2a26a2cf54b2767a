import { NextResponse } from "next/server";
import { listSessions } from "@/features/sessions/list";
import { appOrigin, joinUrl } from "@/features/sessions/live/token";
import { createSession } from "@/features/sessions/mutations";
import { sessionListQuerySchema } from "@/features/sessions/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * The sessions this user may see, newest first, a page at a time (docs/api.md): the body stays
 * an array; the next page's URL is in the Link header (rel="next").
 */
export const GET = handler(async (request: Request) => {
  const user = await requireUser();
  const url = new URL(request.url);
  const query = sessionListQuerySchema.parse(Object.fromEntries(url.searchParams));
  const page = await listSessions(user, query);
  const headers = new Headers();
  const links = (["next", "prev"] as const).flatMap((rel) => {
    const cursor = page[rel];
    if (!cursor) return [];
    const target = new URL(url);
    target.searchParams.set("cursor", cursor);
    return [`<${target.pathname}${target.search}>; rel="${rel}"`];
  });
  if (links.length) headers.set("Link", links.join(", "));
  return NextResponse.json(page.items, { headers });
});

/** Creates a session from a kit or picked questions; the join URL is returned this once. */
export const POST = handler(async (request: Request) => {
  const user = await requireUser();
  const { id, token } = await createSession(user, await readJson(request), { origin: appOrigin(request) });
  return NextResponse.json({ id, joinUrl: joinUrl(request, token) }, { status: 201 });
});
