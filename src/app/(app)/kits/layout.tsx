import type { ReactNode } from "react";
import { requirePageUser } from "@/server/page-auth";

// Checked above the loading boundary so that a refusal is a real 403 (see admin/layout.tsx).
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageUser("kits:manage", "/kits");
  return children;
}
