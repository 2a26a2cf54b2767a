import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getQuestionCached } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";

// The lookup happens here, above the loading boundaries, so an unknown id is a real 404. The
// pages below read the same, request-cached result.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("questions:read", "/questions/[id]", params, idParamsSchema);
  if (!(await getQuestionCached(user, id))) notFound();
  return children;
}
