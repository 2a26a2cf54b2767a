import type { ReactNode } from "react";
import { authorizeSession } from "@/features/sessions/access";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Checked above the loading boundaries of the overview and the cockpit, so an unknown session is
// a real 404 and a stranger's request a real 403.
export default async function SessionLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:list", "/sessions/[id]", params, idParamsSchema);
  await guardPage(() => authorizeSession(user, "view", id));
  return children;
}
