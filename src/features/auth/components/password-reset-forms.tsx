"use client";

import Link from "next/link";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { acceptWelcomeAction, forgotPasswordAction, resetPasswordAction, verifyEmailAction } from "../actions";
import { AuthForm } from "./auth-form";
import { SignInForm } from "./sign-in-form";

const signInLink = <Link href="/sign-in" className="text-accent underline">Back to sign-in</Link>;

export function ForgotPasswordForm() {
  return (
    <AuthForm
      action={forgotPasswordAction}
      submit={{ idle: "Send reset link", pending: "Sending…" }}
      footer={signInLink}
      after={(state) => (state.done ? <div className="space-y-4"><Alert tone="ok">{state.done}</Alert><p className="text-center text-sm">{signInLink}</p></div> : null)}
    >
      {(state) => <InputField id="email" label="Email" errors={state.fieldErrors?.email} type="email" autoComplete="email" required defaultValue={state.email} autoFocus />}
    </AuthForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <AuthForm
      action={resetPasswordAction}
      submit={{ idle: "Set password", pending: "Setting…" }}
      footer={signInLink}
      after={(state) => (state.done ? <div className="space-y-4"><Alert tone="ok">{state.done}</Alert><p className="text-center text-sm"><Link href="/sign-in" className="text-accent underline">Sign in</Link></p></div> : null)}
    >
      {(state) => (
        <>
          <input type="hidden" name="token" value={token} />
          <InputField id="password" label="New password" errors={state.fieldErrors?.password} hint="At least 8 characters; common passwords are refused." type="password" autoComplete="new-password" required autoFocus />
        </>
      )}
    </AuthForm>
  );
}

/** An admin-created account's welcome link: the first password, then straight to the home page. */
export function WelcomeForm({ token }: { token: string }) {
  return (
    <AuthForm
      action={acceptWelcomeAction}
      submit={{ idle: "Set password and sign in", pending: "Signing in…" }}
      footer={null}
      after={(state) => (state.done ? <div className="space-y-4"><Alert tone="ok">{state.done}</Alert><p className="text-center text-sm"><Link href="/sign-in" className="text-accent underline">Sign in</Link></p></div> : null)}
    >
      {(state) => (
        <>
          <input type="hidden" name="token" value={token} />
          <InputField id="password" label="Choose a password" errors={state.fieldErrors?.password} hint="At least 8 characters; common passwords are refused." type="password" autoComplete="new-password" required autoFocus />
        </>
      )}
    </AuthForm>
  );
}

/** A sign-up's verification link: one button, so a mail scanner following the link confirms nothing. */
export function VerifyEmailForm({ token }: { token: string }) {
  return (
    <AuthForm
      action={verifyEmailAction}
      submit={{ idle: "Confirm my email", pending: "Confirming…" }}
      footer={null}
      after={(state) => (state.done ? <SignInForm email={state.email} notice={state.done} signUpLink={false} /> : null)}
    >
      {() => <input type="hidden" name="token" value={token} />}
    </AuthForm>
  );
}
