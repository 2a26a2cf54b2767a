import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/states";
import { ShareManager } from "@/features/practice/components/share-manager";
import { listMyShares } from "@/features/practice/queries";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Share your practice" };

export default async function Page() {
  const user = await requirePageUser("practice:use", "/practice/share");
  const shares = await listMyShares(user);
  return (
    <>
      <PageHeader title="Share your practice" />
      <p className="mb-6 max-w-prose text-sm text-muted">
        Your practice is yours: nobody else sees it. A share link shows your progress — streak, grades by level and bank,
        weakest questions — read-only to whoever holds it, without your written answers. Revoke it at any time.
      </p>
      <ShareManager shares={shares} />
    </>
  );
}
