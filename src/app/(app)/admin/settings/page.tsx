import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/states";
import { RetentionForm } from "@/features/candidates/components/retention-form";
import { getRetentionMonths } from "@/features/candidates/retention";
import { BlindModeForm } from "@/features/scorecards/components/blind-mode-form";
import { getBlindMode } from "@/features/scorecards/settings";
import { InvitationsPanel } from "@/features/users/components/invitations-panel";
import { SignUpPolicyForm } from "@/features/users/components/sign-up-policy-form";
import { listInvitations } from "@/features/users/invitations";
import { getSignUpPolicy } from "@/features/users/sign-up-policy";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("settings:manage", "/admin/settings");
  const [mode, policy, invitations, retention] = await Promise.all([getBlindMode(), getSignUpPolicy(), listInvitations(user), getRetentionMonths()]);
  return (
    <>
      <PageHeader title="Settings" />
      <Card className="mb-6">
        <h2 className="mb-1 font-semibold">Blind review</h2>
        <p className="mb-4 text-sm text-muted">
          Applies per candidate: with “Blind until submitted”, someone on the panel of any of a candidate&apos;s interviews sees no other
          interviewer&apos;s scorecard for that candidate until they have submitted their own for each of those interviews. Hiring
          managers and admins who are not on the panel always see every scorecard.
        </p>
        <BlindModeForm current={mode} />
      </Card>
      <Card className="mb-6">
        <h2 className="mb-1 font-semibold">Sign-up</h2>
        <p className="mb-4 text-sm text-muted">
          Accounts made on the sign-up page are candidate accounts for practice. Whatever the policy, the sign-up page never tells
          whether an email already has an account.
        </p>
        <SignUpPolicyForm current={policy} />
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">Invitations</h2>
        <p className="mb-4 text-sm text-muted">With “Invitation only”, each link lets one person create a candidate account, until it expires.</p>
        <InvitationsPanel invitations={invitations} />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-1 font-semibold">Candidate retention</h2>
        <p className="mb-4 max-w-prose text-sm text-muted">
          Anonymises candidates with no activity (an interview, a scorecard change, a decision) for this many months: their name and email
          go, and so do the notes, scorecard summaries, decision reasons, session titles and code pads written about them. Ratings,
          recommendations, levels and outcomes stay for calibration. A candidate with a scheduled or live interview is never anonymised.
        </p>
        <RetentionForm months={retention} />
      </Card>
    </>
  );
}
