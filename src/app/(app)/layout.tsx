import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { TimeZoneDetector } from "@/features/account/components/time-zone-detector";
import { SignOutForm } from "@/features/auth/components/sign-out-form";
import { QueryProvider } from "@/lib/query-provider";
import { TimeZoneProvider } from "@/lib/time-zone-context";
import { requirePageUser } from "@/server/page-auth";
import { savedTimeZone, viewerTimeZone } from "@/server/time-zone";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const [{ timeZone }, saved] = await Promise.all([viewerTimeZone(user), savedTimeZone(user.id)]);
  return (
    <QueryProvider>
      <TimeZoneProvider timeZone={timeZone}>
        <AppShell user={user} signOut={<SignOutForm />}>{children}</AppShell>
        {saved === null ? <TimeZoneDetector /> : null}
      </TimeZoneProvider>
    </QueryProvider>
  );
}
