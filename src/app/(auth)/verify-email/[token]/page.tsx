import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/states";
import { isVerifyTokenUsable, VERIFY_INVALID } from "@/features/account/email-verification";
import { VerifyEmailForm } from "@/features/auth/components/password-reset-forms";

// The token is in the path: no referrer, so it never leaves in a Referer header.
export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isVerifyTokenUsable(token);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Confirm your email</h1>
      {usable ? (
        <>
          <p className="mb-4 text-sm text-muted">One click, and your practice account is ready to sign in.</p>
          <VerifyEmailForm token={token} />
        </>
      ) : (
        <div className="space-y-4">
          <Alert tone="warn">{VERIFY_INVALID}</Alert>
          <p className="text-center text-sm"><Link href="/forgot-password" className="text-accent underline">Forgot password</Link></p>
        </div>
      )}
    </>
  );
}
