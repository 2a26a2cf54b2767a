import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Candidates" };

export default async function Page() {
  await requirePageUser("candidates:review", "/candidates");
  return (
    <>
      <PageHeader title="Candidates" />
      <EmptyState title="Nothing here yet">Candidates and their scorecards will appear here.</EmptyState>
    </>
  );
}
