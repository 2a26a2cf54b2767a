import type { Metadata } from "next";
import { Cockpit } from "@/features/sessions/components/cockpit/cockpit";
import { getInterviewerView } from "@/features/sessions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { guardPage, pageParams } from "@/server/page-guard";

export const metadata: Metadata = { title: "Cockpit" };
export const dynamic = "force-dynamic";

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("sessions:run", `/sessions/${encodeURIComponent(raw.id)}/run`);
  const { id } = pageParams(raw, idParamsSchema);
  const view = await guardPage(() => getInterviewerView(user, id));
  return <Cockpit initial={view} />;
}
