import type { ReactNode } from "react";
import { findCandidate } from "@/features/candidates/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Checked above this segment's loading boundary, so an unknown candidate is a real 404.
export default async function CandidateLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("candidates:review", "/candidates/[id]", params, idParamsSchema);
  await guardPage(() => findCandidate(user, id));
  return children;
}
