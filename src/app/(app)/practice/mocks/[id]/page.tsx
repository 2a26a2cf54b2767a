import type { Metadata } from "next";
import Link from "next/link";
import { getMockCandidateView, getMockResults } from "@/features/practice/mock/queries";
import { CandidateLive } from "@/features/sessions/live/candidate-live";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Mock interview" };
export const dynamic = "force-dynamic";

/**
 * The candidate's side of their own mock: the live session's candidate view, nothing of the
 * friend's. Once the mock is over, what the friend said about each question follows it.
 */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("practice:use", "/practice/mocks/[id]", params, idParamsSchema);
  const [view, results] = await guardPage(() => Promise.all([getMockCandidateView(user, id), getMockResults(user, id)]));
  return (
    <>
      <CandidateLive endpoint={`/api/practice/mocks/${id}`} initial={view} mock />
      {results ? (
        <section aria-labelledby="results-heading" className="mx-auto max-w-3xl space-y-3 px-4 pb-8">
          <h2 id="results-heading" className="font-semibold">What your friend said</h2>
          <ol className="space-y-3">
            {results.map((result, index) => (
              <li key={index} className="rounded-lg border border-line bg-surface p-4 text-sm" data-testid="mock-result">
                <p className="flex flex-wrap justify-between gap-2">
                  <Link href={`/practice/questions/${result.questionId}`} className="font-medium text-accent underline-offset-2 hover:underline">{result.title}</Link>
                  <span className="font-medium">{result.rating === null ? "Not rated" : `Rating ${result.rating} of 4`}</span>
                </p>
                {result.notes ? <p className="mt-2 whitespace-pre-wrap break-words text-muted">{result.notes}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
