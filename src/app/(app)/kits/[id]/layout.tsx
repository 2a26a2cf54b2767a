import type { ReactNode } from "react";
import { getKit } from "@/features/kits/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { guardPage, pageParams } from "@/server/page-guard";

// Checked above this segment's loading boundary so an unknown kit is a real 404.
export default async function KitLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("kits:manage", `/kits/${encodeURIComponent(raw.id)}`);
  const { id } = pageParams(raw, idParamsSchema);
  await guardPage(() => getKit(user, id));
  return children;
}
