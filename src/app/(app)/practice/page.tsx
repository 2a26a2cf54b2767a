import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Practice" };

export default async function Page() {
  await requirePageUser("practice:use", "/practice");
  return (
    <>
      <PageHeader title="Practice" />
      <EmptyState title="Nothing here yet">Practise questions on your own will appear here.</EmptyState>
    </>
  );
}
