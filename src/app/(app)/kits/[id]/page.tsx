import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/states";
import { listPickerBanks } from "@/features/kits/bank";
import { DeleteKitButton } from "@/features/kits/components/delete-kit-button";
import { KitEditor } from "@/features/kits/components/kit-editor";
import { getKit } from "@/features/kits/queries";
import { kitIdSchema } from "@/features/kits/schemas";
import { guardPage } from "@/features/sessions/page-guard";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Edit kit" };

export default async function KitPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = kitIdSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("kits:manage", `/kits/${parsed.data.id}`);
  const [kit, banks] = await Promise.all([guardPage(() => getKit(user, parsed.data.id)), listPickerBanks()]);
  return (
    <>
      <PageHeader title={kit.name}>
        <Link href={`/sessions/new?kit=${kit.id}`} className={buttonClass("secondary")}>Start a session from this kit</Link>
        {kit.canDelete ? <DeleteKitButton id={kit.id} name={kit.name} /> : null}
      </PageHeader>
      <p className="-mt-4 mb-6 text-sm text-muted">By {kit.createdBy}</p>
      <KitEditor key={kit.id} kit={kit} banks={banks} />
    </>
  );
}
