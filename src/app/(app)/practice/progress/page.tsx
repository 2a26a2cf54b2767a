import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/states";
import { ProgressView } from "@/features/practice/components/progress-view";
import { getMyProgress } from "@/features/practice/queries";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Practice progress" };

export default async function Page() {
  const user = await requirePageUser("practice:use", "/practice/progress");
  const progress = await getMyProgress(user);
  return (
    <>
      <PageHeader title="Your progress">
        <Link href="/practice" className={buttonClass("secondary")}>Practise</Link>
        <Link href="/practice/share" className={buttonClass("secondary")}>Share</Link>
      </PageHeader>
      <ProgressView progress={progress} linkQuestions />
    </>
  );
}
