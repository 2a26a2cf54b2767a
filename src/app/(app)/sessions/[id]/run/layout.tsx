import type { ReactNode } from "react";
import { authorizeSession } from "@/features/sessions/access";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Only the session's assigned interviewers open the cockpit; checked above its loading boundary.
export default async function RunLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:run", "/sessions/[id]/run", params, idParamsSchema);
  await guardPage(() => authorizeSession(user, "run", id));
  return children;
}
