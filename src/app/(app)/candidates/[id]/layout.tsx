import type { ReactNode } from "react";
import { findCandidate } from "@/features/candidates/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { guardPage, pageParams } from "@/server/page-guard";

// Checked above this segment's loading boundary, so an unknown candidate is a real 404.
export default async function CandidateLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("candidates:review", `/candidates/${encodeURIComponent(raw.id)}`);
  const { id } = pageParams(raw, idParamsSchema);
  await guardPage(() => findCandidate(user, id));
  return children;
}
