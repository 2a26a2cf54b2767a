import type { ReactNode } from "react";
import { requirePageUser } from "@/server/page-auth";

// Checked in the layout, above the loading boundary, so a refusal is a real 403 and not a
// streamed page that already said 200.
export default async function HomeLayout({ children }: { children: ReactNode }) {
  await requirePageUser("home:view", "/home");
  return children;
}
