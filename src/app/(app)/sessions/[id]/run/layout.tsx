import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { authorizeSession } from "@/features/sessions/access";
import { guardPage } from "@/features/sessions/page-guard";
import { sessionParamsSchema } from "@/features/sessions/schemas";
import { requirePageUser } from "@/server/page-auth";

// Only the session's assigned interviewers open the cockpit; checked above its loading boundary.
export default async function RunLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const parsed = sessionParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("sessions:create", `/sessions/${parsed.data.id}/run`);
  await guardPage(() => authorizeSession(user, "run", parsed.data.id));
  return children;
}
