import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getQuestionCached } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { pageParams } from "@/server/page-guard";

// The lookup happens here, above the loading boundaries, so an unknown id is a real 404. The
// pages below read the same, request-cached result.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("questions:read", `/questions/${encodeURIComponent(raw.id)}`);
  const { id } = pageParams(raw, idParamsSchema);
  if (!(await getQuestionCached(user, id))) notFound();
  return children;
}
