import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/states";
import { KitEditor } from "@/features/kits/components/kit-editor";
import { bankOptions } from "@/features/questions/queries";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "New kit" };

export default async function NewKitPage() {
  const user = await requirePageUser("kits:manage", "/kits/new");
  const banks = await bankOptions(user);
  return (
    <>
      <PageHeader title="New kit" />
      <KitEditor kit={null} banks={banks} />
    </>
  );
}
