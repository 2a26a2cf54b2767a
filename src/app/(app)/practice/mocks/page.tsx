import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/states";
import { NewMock } from "@/features/practice/mock/components/new-mock";
import { listMyMocks } from "@/features/practice/mock/queries";
import { offeredBanks } from "@/features/practice/queries";
import { formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Mock interviews" };
export const dynamic = "force-dynamic";

const STATUS_LABELS: Record<string, string> = { SCHEDULED: "Not started", LIVE: "Running", COMPLETED: "Ended", CANCELLED: "Cancelled" };

export default async function Page() {
  const user = await requirePageUser("practice:use", "/practice/mocks");
  const [banks, mocks, zone] = await Promise.all([offeredBanks(), listMyMocks(user), viewerTimeZone(user)]);
  return (
    <>
      <PageHeader title="Mock interviews" />
      <p className="mb-6 max-w-prose text-sm text-muted">
        A friend interviews you with practice questions: they see the model answer, the common wrong answers and the follow-ups; you see only the question and the follow-ups they reveal.
        Their ratings and notes land in your practice history and bring weak questions back.
      </p>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <NewMock banks={banks} />
        <section aria-labelledby="my-mocks-heading" className="space-y-3">
          <h2 id="my-mocks-heading" className="font-semibold">Your mock interviews</h2>
          {mocks.length === 0 ? (
            <p className="text-sm text-muted">None yet.</p>
          ) : (
            <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
              {mocks.map((mock) => (
                <li key={mock.id} className="flex items-center justify-between gap-3 p-3 text-sm">
                  <span>
                    {formatDateTime(mock.createdAt, zone)} · {mock.questionCount} question{mock.questionCount === 1 ? "" : "s"} · {STATUS_LABELS[mock.status] ?? mock.status}
                  </span>
                  <Link href={`/practice/mocks/${mock.id}`} className="text-accent underline-offset-2 hover:underline">Open</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
