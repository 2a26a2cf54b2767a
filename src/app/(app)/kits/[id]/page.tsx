import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/states";
import { DeleteKitButton } from "@/features/kits/components/delete-kit-button";
import { KitEditor } from "@/features/kits/components/kit-editor";
import { getKit } from "@/features/kits/queries";
import { bankOptions } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Edit kit" };

export default async function KitPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("kits:manage", "/kits/[id]", params, idParamsSchema);
  const [kit, banks] = await Promise.all([guardPage(() => getKit(user, id)), bankOptions(user)]);
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
