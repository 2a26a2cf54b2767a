import type { ReactNode } from "react";
import { getKit } from "@/features/kits/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Checked above this segment's loading boundary so an unknown kit is a real 404.
export default async function KitLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("kits:manage", "/kits/[id]", params, idParamsSchema);
  await guardPage(() => getKit(user, id));
  return children;
}
