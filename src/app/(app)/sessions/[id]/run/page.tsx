import type { Metadata } from "next";
import { Cockpit } from "@/features/sessions/components/cockpit/cockpit";
import { getInterviewerView } from "@/features/sessions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Cockpit" };
export const dynamic = "force-dynamic";

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:run", "/sessions/[id]/run", params, idParamsSchema);
  const view = await guardPage(() => getInterviewerView(user, id));
  return <Cockpit initial={view} />;
}
