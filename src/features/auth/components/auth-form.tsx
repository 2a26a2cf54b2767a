"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import type { AuthFormState } from "../actions";

/**
 * The frame of the sign-in and sign-up forms: a plain form posting to its action (so it works
 * before JavaScript loads), the action's message on top, the fields the action's state fills
 * back in, one full-width submit button and a line linking to the other form. `after` replaces
 * the form once the action's state says it is done (sign-up is followed by sign-in).
 */
export function AuthForm({
  action,
  submit,
  footer,
  after,
  children,
}: {
  action: (previous: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  submit: { idle: string; pending: string };
  footer: ReactNode;
  after?: (state: AuthFormState) => ReactNode;
  children: (state: AuthFormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<AuthFormState, FormData>(action, {});
  const next = after?.(state);
  if (next) return next;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message ? <Alert>{state.message}</Alert> : null}
      {children(state)}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? submit.pending : submit.idle}
      </Button>
      {footer ? <p className="text-center text-sm text-muted">{footer}</p> : null}
    </form>
  );
}
