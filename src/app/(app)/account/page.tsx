import type { Metadata } from "next";
import { Alert, Card, PageHeader } from "@/components/ui/states";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { SessionList } from "@/features/account/components/session-list";
import { listOwnSessions } from "@/features/account/queries";
import { ROLE_LABELS } from "@/lib/roles";
import { currentSignIn } from "@/server/auth";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string | string[] }> }) {
  const user = await requirePageUser(undefined, "/account");
  const changed = (await searchParams).password === "changed";
  const sessions = await listOwnSessions(user, (await currentSignIn())?.ref.sid ?? null);
  return (
    <>
      <PageHeader title="Your account" />
      <Card className="mb-6">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-muted">Name</dt><dd>{user.name}</dd>
          <dt className="text-muted">Email</dt><dd>{user.email}</dd>
          <dt className="text-muted">Role</dt><dd>{ROLE_LABELS[user.role]}</dd>
        </dl>
      </Card>
      <Card className="mb-6">
        <h2 className="mb-1 font-semibold">Where you are signed in</h2>
        <p className="mb-4 text-sm text-muted">A sign-in lasts 12 hours at most. Sign out any browser you do not recognise, then change your password.</p>
        <SessionList sessions={sessions} />
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
