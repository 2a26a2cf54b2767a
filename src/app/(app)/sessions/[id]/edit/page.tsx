import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Alert, PageHeader } from "@/components/ui/states";
import { bankOptions } from "@/features/questions/queries";
import { EditSessionForm } from "@/features/sessions/components/edit-session-form";
import { getSessionForEdit } from "@/features/sessions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Edit session" };
export const dynamic = "force-dynamic";

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:run", "/sessions/[id]/edit", params, idParamsSchema);
  const session = await guardPage(() => getSessionForEdit(user, id));
  if (!session.editable) {
    // The API answers 409 to the same edit; a page can only say it.
    return (
      <>
        <PageHeader title="Edit session" />
        <Alert tone="warn">This session has started or is over, so it can no longer be edited.</Alert>
        <p className="mt-4"><Link href={`/sessions/${id}`} className={buttonClass("secondary")}>Back to the session</Link></p>
      </>
    );
  }
  const banks = await bankOptions(user);
  return (
    <>
      <PageHeader title={`Edit: ${session.title}`} />
      <EditSessionForm session={session} banks={banks} />
    </>
  );
}
