import type { ReactNode } from "react";
import { getScorecardPage } from "@/features/scorecards/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { guardPage, pageParams } from "@/server/page-guard";

// Authorizes above this page's loading boundary, so an unknown session is a real 404 and a
// stranger to the session a real 403 (as long as no loading boundary above wraps this segment).
export default async function ScorecardLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("sessions:list", `/sessions/${encodeURIComponent(raw.id)}/scorecard`);
  const { id } = pageParams(raw, idParamsSchema);
  await guardPage(() => getScorecardPage(user, id));
  return children;
}
