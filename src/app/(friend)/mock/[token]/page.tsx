import type { Metadata } from "next";
import { getFriendView } from "@/features/practice/mock/queries";
import { friendParamsSchema } from "@/features/practice/mock/schemas";
import { Cockpit } from "@/features/sessions/components/cockpit/cockpit";
import { guardPage, pageParams } from "@/server/page-guard";

export const dynamic = "force-dynamic";

// The token is the credential: no index, and its URL stays out of Referer headers.
export const metadata: Metadata = { title: "Mock interview", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The friend's cockpit: the live session's own, for this mock only (decisions/mock-interviews.md). */
export default async function FriendPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = pageParams(await params, friendParamsSchema);
  const view = await guardPage(() => getFriendView(token));
  return <Cockpit initial={view} />;
}
