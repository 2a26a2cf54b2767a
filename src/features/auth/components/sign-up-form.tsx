"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { signUpAction, type AuthFormState } from "../actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? <Alert>{state.message}</Alert> : null}
      <Field id="name" label="Name" errors={state.fieldErrors?.name}>
        <Input id="name" autoComplete="name" required defaultValue={state.name} invalid={!!state.fieldErrors?.name} autoFocus />
      </Field>
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        <Input id="email" type="email" autoComplete="email" required defaultValue={state.email} invalid={!!state.fieldErrors?.email} />
      </Field>
      <Field id="password" label="Password" errors={state.fieldErrors?.password} hint="At least 8 characters; common passwords are refused.">
        <Input id="password" type="password" autoComplete="new-password" required invalid={!!state.fieldErrors?.password} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account? <Link href="/sign-in" className="text-accent underline">Sign in</Link>
      </p>
    </form>
  );
}
