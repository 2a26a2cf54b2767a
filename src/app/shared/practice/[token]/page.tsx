import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgressView } from "@/features/practice/components/progress-view";
import { getSharedProgress } from "@/features/practice/queries";
import { shareParamsSchema } from "@/features/practice/schemas";
import { pageParams } from "@/server/page-guard";

// The token is the only credential: keep the page out of search engines and off Referer headers.
export const metadata: Metadata = { title: "Shared practice", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  // No signed-in user here: the link's token is the credential. Unknown and revoked links look the same: a 404.
  const { token } = pageParams(await params, shareParamsSchema);
  const shared = await getSharedProgress(token);
  if (!shared) notFound();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <p className="mb-1 text-sm font-semibold tracking-tight">Probe</p>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Practice progress of {shared.name}</h1>
      <p className="mb-6 text-sm text-muted">A read-only view shared by the candidate. Their written answers are not included.</p>
      <ProgressView progress={shared.progress} linkQuestions={false} />
    </main>
  );
}
