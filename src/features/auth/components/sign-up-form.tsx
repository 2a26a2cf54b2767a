"use client";

import Link from "next/link";
import { InputField } from "@/components/ui/field";
import { signUpAction } from "../actions";
import { AuthForm } from "./auth-form";
import { SignInForm } from "./sign-in-form";

/**
 * Sign-up, then sign-in in the same place: the answer to a sign-up is the same whether or not the
 * email was new, so it never signs anyone in by itself; the person types their password once more.
 */
export function SignUpForm({ invite }: { invite?: string }) {
  return (
    <AuthForm
      action={signUpAction}
      submit={{ idle: "Create account", pending: "Creating account…" }}
      footer={<>Already have an account? <Link href="/sign-in" className="text-accent underline">Sign in</Link></>}
      after={(state) => (state.signedUp ? <SignInForm email={state.email} notice={state.signedUp.notice} signUpLink={false} /> : null)}
    >
      {(state) => (
        <>
          <input type="hidden" name="invite" value={invite ?? ""} />
          <InputField id="name" label="Name" errors={state.fieldErrors?.name} autoComplete="name" required defaultValue={state.name} autoFocus />
          <InputField id="email" label="Email" errors={state.fieldErrors?.email} type="email" autoComplete="email" required defaultValue={state.email} />
          <InputField
            id="password"
            label="Password"
            errors={state.fieldErrors?.password}
            hint="At least 8 characters; common passwords are refused."
            type="password"
            autoComplete="new-password"
            required
          />
        </>
      )}
    </AuthForm>
  );
}
