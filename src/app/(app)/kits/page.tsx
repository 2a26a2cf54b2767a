import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Kits" };

export default async function Page() {
  await requirePageUser("kits:manage", "/kits");
  return (
    <>
      <PageHeader title="Kits" />
      <EmptyState title="Nothing here yet">Interview kits will appear here.</EmptyState>
    </>
  );
}
