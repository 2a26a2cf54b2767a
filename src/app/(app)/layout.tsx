import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SignOutForm } from "@/features/auth/components/sign-out-form";
import { QueryProvider } from "@/lib/query-provider";
import { requirePageUser } from "@/server/page-auth";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <QueryProvider>
      <AppShell user={user} signOut={<SignOutForm />}>{children}</AppShell>
    </QueryProvider>
  );
}
