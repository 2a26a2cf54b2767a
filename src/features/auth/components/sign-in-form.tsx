"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { signInAction, type AuthFormState } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? <Alert>{state.message}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        <Input id="email" type="email" autoComplete="email" required defaultValue={state.email} invalid={!!state.fieldErrors?.email} autoFocus />
      </Field>
      <Field id="password" label="Password" errors={state.fieldErrors?.password}>
        <Input id="password" type="password" autoComplete="current-password" required invalid={!!state.fieldErrors?.password} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        Preparing for interviews? <Link href="/sign-up" className="text-accent underline">Create a practice account</Link>
      </p>
    </form>
  );
}
