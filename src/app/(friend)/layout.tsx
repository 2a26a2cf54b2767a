import type { ReactNode } from "react";
import { QueryProvider } from "@/lib/query-provider";

// A mock interview's friend: no account, no app shell. The cockpit needs the query client only.
export default function FriendLayout({ children }: { children: ReactNode }) {
  return (
    <QueryProvider>
      <main id="main" className="mx-auto min-h-dvh max-w-6xl bg-canvas px-4 py-6">{children}</main>
    </QueryProvider>
  );
}
