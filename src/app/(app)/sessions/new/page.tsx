import type { Metadata } from "next";
import { z } from "zod";
import { PageHeader } from "@/components/ui/states";
import { listKitChoices } from "@/features/kits/queries";
import { bankOptions } from "@/features/questions/queries";
import { NewSessionForm } from "@/features/sessions/components/new-session-form";
import { idSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "New session" };

const searchSchema = z.object({ kit: idSchema.optional().catch(undefined) });

export default async function NewSessionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("sessions:create", "/sessions/new");
  const { kit } = searchSchema.parse(await searchParams);
  const [kits, banks] = await Promise.all([listKitChoices(user), bankOptions(user)]);
  return (
    <>
      <PageHeader title="New session" />
      <NewSessionForm kits={kits} banks={banks} initialKitId={kits.some((k) => k.id === kit) ? kit : undefined} />
    </>
  );
}
