"use client";

import Link from "next/link";
import { InputField } from "@/components/ui/field";
import { signUpAction } from "../actions";
import { AuthForm } from "./auth-form";

export function SignUpForm() {
  return (
    <AuthForm
      action={signUpAction}
      submit={{ idle: "Create account", pending: "Creating account…" }}
      footer={<>Already have an account? <Link href="/sign-in" className="text-accent underline">Sign in</Link></>}
    >
      {(state) => (
        <>
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
