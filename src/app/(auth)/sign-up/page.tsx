import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/states";
import { INVITATION_INVALID, INVITATION_NEEDED, SIGN_UP_CLOSED } from "@/features/auth/sign-up";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import { isOpenInvitation } from "@/features/users/invitations";
import { getSignUpPolicy } from "@/features/users/sign-up-policy";
import { SECRET_TOKEN_PATTERN } from "@/lib/ids";
import { homeFor } from "@/lib/policy";
import { currentUser } from "@/server/auth";

export const metadata: Metadata = { title: "Create a practice account", referrer: "no-referrer" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string | string[] }> }) {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  const [{ invite }, policy] = await Promise.all([searchParams, getSignUpPolicy()]);
  const token = typeof invite === "string" && SECRET_TOKEN_PATTERN.test(invite) ? invite : undefined;
  const refusal =
    policy === "closed" ? SIGN_UP_CLOSED
    : policy === "invite-only" && !token ? INVITATION_NEEDED
    : policy === "invite-only" && !(await isOpenInvitation(token!)) ? INVITATION_INVALID
    : null;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create a practice account</h1>
      <p className="mb-4 text-sm text-muted">Practise interview questions on your own, at your pace.</p>
      {refusal ? (
        <div className="space-y-4">
          <Alert tone="warn">{refusal}</Alert>
          <p className="text-center text-sm text-muted">
            Already have an account? <Link href="/sign-in" className="text-accent underline">Sign in</Link>
          </p>
        </div>
      ) : (
        <SignUpForm invite={policy === "invite-only" ? token : undefined} />
      )}
    </>
  );
}
