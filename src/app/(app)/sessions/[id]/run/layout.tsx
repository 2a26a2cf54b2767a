import type { ReactNode } from "react";
import { authorizeSession } from "@/features/sessions/access";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { guardPage, pageParams } from "@/server/page-guard";

// Only the session's assigned interviewers open the cockpit; checked above its loading boundary.
export default async function RunLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("sessions:run", `/sessions/${encodeURIComponent(raw.id)}/run`);
  const { id } = pageParams(raw, idParamsSchema);
  await guardPage(() => authorizeSession(user, "run", id));
  return children;
}
