"use client";

import Link from "next/link";
import { InputField } from "@/components/ui/field";
import { signInAction } from "../actions";
import { AuthForm } from "./auth-form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <AuthForm
      action={signInAction}
      submit={{ idle: "Sign in", pending: "Signing in…" }}
      footer={<>Preparing for interviews? <Link href="/sign-up" className="text-accent underline">Create a practice account</Link></>}
    >
      {(state) => (
        <>
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <InputField id="email" label="Email" errors={state.fieldErrors?.email} type="email" autoComplete="email" required defaultValue={state.email} autoFocus />
          <InputField id="password" label="Password" errors={state.fieldErrors?.password} type="password" autoComplete="current-password" required />
        </>
      )}
    </AuthForm>
  );
}
