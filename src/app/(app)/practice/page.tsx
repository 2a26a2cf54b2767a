import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/states";
import { StatTiles } from "@/features/practice/components/progress-view";
import { StartPractice } from "@/features/practice/components/start-practice";
import { formatDateTime } from "@/lib/format";
import { getPracticeHome } from "@/features/practice/queries";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Practice" };

export default async function Page() {
  const user = await requirePageUser("practice:use", "/practice");
  const zone = await viewerTimeZone(user);
  const home = await getPracticeHome(user);
  return (
    <>
      <PageHeader title="Practice">
        <Link href="/practice/progress" className={buttonClass("secondary")}>Progress</Link>
        <Link href="/practice/mocks" className={buttonClass("secondary")}>Mock interview</Link>
        <Link href="/practice/share" className={buttonClass("secondary")}>Share</Link>
      </PageHeader>
      {home.unfinished ? (
        <section aria-labelledby="resume-heading" className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-accent bg-surface p-5">
          <div>
            <h2 id="resume-heading" className="font-semibold">Pick up where you left off</h2>
            <p className="text-sm text-muted">
              Question {home.unfinished.position + 1} of {home.unfinished.total} · started {formatDateTime(home.unfinished.startedAt, zone)}
            </p>
          </div>
          <Link href={`/practice/run/${home.unfinished.id}`} className={buttonClass("primary")}>Resume</Link>
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <StartPractice banks={home.banks} dueCount={home.dueCount} />
        <section aria-labelledby="summary-heading" className="space-y-3">
          <h2 id="summary-heading" className="font-semibold">Your progress</h2>
          <StatTiles totals={{ ...home.totals, due: home.dueCount }} streak={home.streak} compact />
          <Link href="/practice/progress" className="inline-block text-sm text-accent underline-offset-2 hover:underline">Progress by level and bank, weakest questions and history</Link>
        </section>
      </div>
    </>
  );
}
