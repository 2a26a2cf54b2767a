import type { ReactNode } from "react";
import { requirePageUser } from "@/server/page-auth";

export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("questions:edit", `/questions/${encodeURIComponent(id)}/edit`);
  return children;
}
