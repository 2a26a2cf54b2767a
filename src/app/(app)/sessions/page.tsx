import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Sessions" };

export default async function Page() {
  await requirePageUser("sessions:list", "/sessions");
  return (
    <>
      <PageHeader title="Sessions" />
      <EmptyState title="Nothing here yet">Live interview sessions will appear here.</EmptyState>
    </>
  );
}
