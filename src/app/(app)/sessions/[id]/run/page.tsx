import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Cockpit } from "@/features/sessions/components/cockpit/cockpit";
import { guardPage } from "@/features/sessions/page-guard";
import { getInterviewerView } from "@/features/sessions/queries";
import { sessionParamsSchema } from "@/features/sessions/schemas";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Cockpit" };
export const dynamic = "force-dynamic";

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = sessionParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("sessions:create", `/sessions/${parsed.data.id}/run`);
  const view = await guardPage(() => getInterviewerView(user, parsed.data.id));
  return <Cockpit initial={view} />;
}
