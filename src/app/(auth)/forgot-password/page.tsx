import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/features/auth/components/password-reset-forms";

export const metadata: Metadata = { title: "Forgot your password?" };

// Rendered per request, never prerendered: a static page's scripts carry no CSP nonce, and the
// browser blocks them (tests/e2e/no-console-errors.spec.ts found it).
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Forgot your password?</h1>
      <p className="mb-4 text-sm text-muted">Give your account&apos;s email and we send a link to choose a new one.</p>
      <ForgotPasswordForm />
    </>
  );
}
