"use client";

import Link from "next/link";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { signInAction } from "../actions";
import { AuthForm } from "./auth-form";

export function SignInForm({ callbackUrl, email, notice, signUpLink = true }: { callbackUrl?: string; email?: string; notice?: string; signUpLink?: boolean }) {
  return (
    <AuthForm
      action={signInAction}
      submit={{ idle: "Sign in", pending: "Signing in…" }}
      footer={signUpLink ? <>Preparing for interviews? <Link href="/sign-up" className="text-accent underline">Create a practice account</Link></> : null}
    >
      {(state) => (
        <>
          {notice && !state.message ? <Alert tone="ok">{notice}</Alert> : null}
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <InputField id="email" label="Email" errors={state.fieldErrors?.email} type="email" autoComplete="email" required defaultValue={state.email ?? email} autoFocus={!email} />
          <InputField id="password" label="Password" errors={state.fieldErrors?.password} type="password" autoComplete="current-password" required autoFocus={!!email} />
          <p className="text-right text-sm"><Link href="/forgot-password" className="text-accent underline">Forgot your password?</Link></p>
        </>
      )}
    </AuthForm>
  );
}
