import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getScorecardPage } from "@/features/scorecards/queries";
import { sessionParamsSchema } from "@/features/scorecards/schemas";
import { guardPage } from "@/features/sessions/page-guard";
import { requirePageUser } from "@/server/page-auth";

// Authorizes above this page's loading boundary, so an unknown session is a real 404 and a
// stranger to the session a real 403 (as long as no loading boundary above wraps this segment).
export default async function ScorecardLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const parsed = sessionParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("sessions:list", `/sessions/${parsed.data.id}/scorecard`);
  await guardPage(() => getScorecardPage(user, parsed.data.id));
  return children;
}
