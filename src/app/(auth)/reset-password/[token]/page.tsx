import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/states";
import { isResetTokenUsable, RESET_INVALID } from "@/features/account/password-reset";
import { ResetPasswordForm } from "@/features/auth/components/password-reset-forms";

// The token is in the path: no referrer, so it never leaves in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isResetTokenUsable(token);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Choose a new password</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <Alert tone="warn">{RESET_INVALID}</Alert>
          <p className="text-center text-sm"><Link href="/forgot-password" className="text-accent underline">Ask for a new link</Link></p>
        </div>
      )}
    </>
  );
}
