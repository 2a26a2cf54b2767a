import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { candidateParamsSchema } from "@/features/candidates/schemas";
import { db } from "@/server/db";
import { requirePageUser } from "@/server/page-auth";

// Checked above this segment's loading boundary, so an unknown candidate is a real 404.
export default async function CandidateLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const parsed = candidateParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  await requirePageUser("candidates:review", `/candidates/${parsed.data.id}`);
  const exists = await db.candidate.findUnique({ where: { id: parsed.data.id }, select: { id: true } });
  if (!exists) notFound();
  return children;
}
