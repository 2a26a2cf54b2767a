import type { ReactNode } from "react";
import { requirePageUser } from "@/server/page-auth";

export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageUser("questions:import", "/questions/import");
  return children;
}
