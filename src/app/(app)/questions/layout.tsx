import type { ReactNode } from "react";
import { requirePageUser } from "@/server/page-auth";

// Checked above every loading boundary of the section (each page keeps its loading.tsx in its own
// folder or route group, below its permission layout), so a refusal is a real 403.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageUser("questions:read", "/questions");
  return children;
}
