import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidateLive } from "@/features/sessions/live/candidate-live";
import { candidateStateByToken } from "@/features/sessions/live/candidate-queries";
import { tokenParamsSchema } from "@/features/sessions/schemas";

export const dynamic = "force-dynamic";

// The token is the credential: keep the page out of indexes and its URL out of Referer headers
// (a prompt may link elsewhere).
export const metadata: Metadata = { title: "Interview", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = tokenParamsSchema.safeParse(await params);
  const state = parsed.success ? await candidateStateByToken(parsed.data.token) : null;
  if (!parsed.success || !state) notFound();
  return <CandidateLive token={parsed.data.token} initial={state.view} />;
}
