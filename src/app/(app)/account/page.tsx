import type { Metadata } from "next";
import { Alert, Card, PageHeader } from "@/components/ui/states";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { SessionList } from "@/features/account/components/session-list";
import { TimeZoneForm } from "@/features/account/components/time-zone-form";
import { listOwnSessions } from "@/features/account/queries";
import { ROLE_LABELS } from "@/lib/roles";
import { timeZoneNames } from "@/lib/time-zone";
import { currentSignIn } from "@/server/auth";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string | string[] }> }) {
  const user = await requirePageUser(undefined, "/account");
  const changed = (await searchParams).password === "changed";
  const sessions = await listOwnSessions(user, (await currentSignIn())?.ref.sid ?? null);
  const { timeZone } = await viewerTimeZone(user);
  return (
    <>
      <PageHeader title="Your account" />
      <Card className="mb-6">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-muted">Name</dt><dd>{user.name}</dd>
          <dt className="text-muted">Email</dt><dd>{user.email}</dd>
          <dt className="text-muted">Role</dt><dd>{ROLE_LABELS[user.role]}</dd>
          <dt className="text-muted">Time zone</dt><dd data-testid="account-time-zone">{timeZone}</dd>
        </dl>
      </Card>
      <Card className="mb-6">
        <h2 className="mb-1 font-semibold">Where you are signed in</h2>
        <p className="mb-4 text-sm text-muted">A sign-in lasts 12 hours at most. Sign out any browser you do not recognise, then change your password.</p>
        <SessionList sessions={sessions} />
      </Card>
      <Card className="mb-6">
        <h2 className="mb-1 font-semibold">Time zone</h2>
        <p className="mb-4 text-sm text-muted">
          Set from this browser on your first visit. Dates are stored in UTC and shown in your zone; change it if you travel or share a screen.
        </p>
        <TimeZoneForm current={timeZone} zones={timeZoneNames()} />
      </Card>
      <Card>
        <h2 className="mb-4 font-semibold">Change password</h2>
        {changed ? (
          <div className="mb-4">
            <Alert tone="ok">Password changed. You were signed out everywhere else.</Alert>
          </div>
        ) : null}
        <ChangePasswordForm />
      </Card>
    </>
  );
}
