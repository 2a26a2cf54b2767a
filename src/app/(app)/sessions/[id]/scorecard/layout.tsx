import type { ReactNode } from "react";
import { getScorecardPage } from "@/features/scorecards/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Authorizes above this page's loading boundary, so an unknown session is a real 404 and a
// stranger to the session a real 403 (as long as no loading boundary above wraps this segment).
export default async function ScorecardLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:list", "/sessions/[id]/scorecard", params, idParamsSchema);
  await guardPage(() => getScorecardPage(user, id));
  return children;
}
