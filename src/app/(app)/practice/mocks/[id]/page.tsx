import type { Metadata } from "next";
import { getMockCandidateView } from "@/features/practice/mock/queries";
import { CandidateLive } from "@/features/sessions/live/candidate-live";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Mock interview" };
export const dynamic = "force-dynamic";

/** The candidate's side of their own mock: the live session's candidate view, nothing of the friend's. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("practice:use", "/practice/mocks/[id]", params, idParamsSchema);
  const view = await guardPage(() => getMockCandidateView(user, id));
  return <CandidateLive endpoint={`/api/practice/mocks/${id}`} initial={view} mock />;
}
