"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { ActionError } from "@/lib/app-error";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const fe = error?.fieldErrors;
  return (
    <form
      className="max-w-sm space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const input = Object.fromEntries(new FormData(form));
        startTransition(async () => {
          const result = await changePasswordAction(input);
          // On success the action redirects (see actions.ts) and answers with nothing, which is
          // why this form does not use useAction(): only failures come back here.
          if (result && !result.ok) setError(result.error);
          else form.reset();
        });
      }}
    >
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      <InputField id="currentPassword" label="Current password" errors={fe?.currentPassword} type="password" autoComplete="current-password" />
      <InputField id="newPassword" label="New password" errors={fe?.newPassword} hint="At least 8 characters; common passwords are refused." type="password" autoComplete="new-password" />
      <InputField id="confirmPassword" label="New password again" errors={fe?.confirmPassword} type="password" autoComplete="new-password" />
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Change password"}</Button>
    </form>
  );
}
