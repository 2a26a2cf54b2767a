import type { ReactNode } from "react";
import { requirePageUser } from "@/server/page-auth";

// Checked above the loading boundary so a hiring manager gets a real 403.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageUser("sessions:create", "/sessions/new");
  return children;
}
