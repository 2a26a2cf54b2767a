import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/states";
import { isWelcomeTokenUsable, WELCOME_INVALID } from "@/features/account/welcome-link";
import { WelcomeForm } from "@/features/auth/components/password-reset-forms";

// The token is in the path: no referrer, so it never leaves in a Referer header.
export const metadata: Metadata = { title: "Welcome to Probe", referrer: "no-referrer" };

export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isWelcomeTokenUsable(token);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Welcome to Probe</h1>
      {usable ? (
        <>
          <p className="mb-4 text-sm text-muted">An admin made you an account. Choose a password to sign in.</p>
          <WelcomeForm token={token} />
        </>
      ) : (
        <div className="space-y-4">
          <Alert tone="warn">{WELCOME_INVALID}</Alert>
          <p className="text-center text-sm"><Link href="/forgot-password" className="text-accent underline">Forgot password</Link></p>
        </div>
      )}
    </>
  );
}
