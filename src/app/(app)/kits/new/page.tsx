import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/states";
import { listPickerBanks } from "@/features/kits/bank";
import { KitEditor } from "@/features/kits/components/kit-editor";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "New kit" };

export default async function NewKitPage() {
  await requirePageUser("kits:manage", "/kits/new");
  const banks = await listPickerBanks();
  return (
    <>
      <PageHeader title="New kit" />
      <KitEditor kit={null} banks={banks} />
    </>
  );
}
