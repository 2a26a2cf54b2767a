import type { ReactNode } from "react";
import { getKit } from "@/features/kits/queries";
import { kitIdSchema } from "@/features/kits/schemas";
import { guardPage } from "@/features/sessions/page-guard";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/page-auth";

// Checked above this segment's loading boundary so an unknown kit is a real 404.
export default async function KitLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const parsed = kitIdSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("kits:manage", `/kits/${parsed.data.id}`);
  await guardPage(() => getKit(user, parsed.data.id));
  return children;
}
