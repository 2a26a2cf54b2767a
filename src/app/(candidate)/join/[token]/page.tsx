import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidateLive } from "@/features/sessions/live/candidate-live";
import { candidateStateByToken } from "@/features/sessions/live/candidate-queries";
import { tokenParamsSchema } from "@/features/sessions/schemas";
import { pageParams } from "@/server/page-guard";

export const dynamic = "force-dynamic";

// The token is the credential: keep the page out of indexes and its URL out of Referer headers
// (a prompt may link elsewhere).
export const metadata: Metadata = { title: "Interview", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  // No signed-in user here: the join token is the credential.
  const { token } = pageParams(await params, tokenParamsSchema);
  const state = await candidateStateByToken(token);
  if (!state) notFound();
  return <CandidateLive endpoint={`/api/live/${encodeURIComponent(token)}`} initial={state.view} />;
}
