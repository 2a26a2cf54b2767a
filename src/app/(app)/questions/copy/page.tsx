import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { CopyToPracticeForm } from "@/features/banks/components/copy-to-practice-form";
import { getCopySource } from "@/features/banks/queries";
import { copySourceSearchSchema } from "@/features/banks/schemas";
import { requirePageUser } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Copy questions to a practice bank" };

// No loading.tsx above this page: an unknown bank must answer a real 404, and a hiring manager
// (who may read banks but not manage them) a real 403.
export default async function CopyToPracticePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const user = await requirePageUser("banks:manage", `/questions/copy?bank=${encodeURIComponent(String(raw.bank ?? ""))}`);
  // The bank is the address here, not input: one that cannot exist is a 404 like an unknown one.
  const parsed = copySourceSearchSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const source = await guardPage(() => getCopySource(user, parsed.data.bank));
  return (
    <>
      <PageHeader title="Copy questions to a practice bank">
        <Link href="/questions/banks" className={buttonClass("secondary")}>All banks</Link>
      </PageHeader>
      <p className="-mt-4 mb-6 max-w-prose text-sm text-muted">
        From <span className="font-medium text-ink">{source.bank.name}</span>. Each copy is a question of its own in the practice bank:
        candidates practise the copy and read its model answer, while the interview question stays out of their reach. Editing one
        never changes the other, and the session builder warns when a candidate practised a copy of a question you pick.
      </p>
      {source.bank.purpose === "PRACTICE" ? (
        <Alert tone="warn">This is a practice bank already: candidates practise its questions as they are. Copies go from an interview bank into a practice bank.</Alert>
      ) : source.questions.length === 0 ? (
        <EmptyState title="No questions to copy">This bank has no active questions.</EmptyState>
      ) : (
        <CopyToPracticeForm source={source} />
      )}
    </>
  );
}
