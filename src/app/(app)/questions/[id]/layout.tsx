import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getQuestionCached } from "@/features/questions/queries";
import { questionIdSchema } from "@/features/questions/schemas";
import { requirePageUser } from "@/server/page-auth";

// The lookup happens here, above the loading boundaries, so an unknown id is a real 404. The
// pages below read the same, request-cached result.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("questions:read", `/questions/${encodeURIComponent(id)}`);
  const parsed = questionIdSchema.safeParse(id);
  if (!parsed.success || !(await getQuestionCached(user, parsed.data))) notFound();
  return children;
}
