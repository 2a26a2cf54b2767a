import type { ReactNode } from "react";
import { authorizeSession } from "@/features/sessions/access";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Only the session's assigned interviewers edit it (the same rule as running it).
export default async function EditLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:run", "/sessions/[id]/edit", params, idParamsSchema);
  await guardPage(() => authorizeSession(user, "run", id));
  return children;
}
