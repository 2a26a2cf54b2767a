import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { authorizeSession } from "@/features/sessions/access";
import { guardPage } from "@/features/sessions/page-guard";
import { sessionParamsSchema } from "@/features/sessions/schemas";
import { requirePageUser } from "@/server/page-auth";

// Checked above the loading boundaries of the overview and the cockpit, so an unknown session is
// a real 404 and a stranger's request a real 403.
export default async function SessionLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const parsed = sessionParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("sessions:list", `/sessions/${parsed.data.id}`);
  await guardPage(() => authorizeSession(user, "view", parsed.data.id));
  return children;
}
