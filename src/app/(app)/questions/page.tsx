import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Questions" };

export default async function Page() {
  await requirePageUser("questions:read", "/questions");
  return (
    <>
      <PageHeader title="Questions" />
      <EmptyState title="Nothing here yet">The question bank will appear here.</EmptyState>
    </>
  );
}
