"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { ActionError } from "@/lib/app-error";
import { ROLE_LABELS } from "@/lib/roles";
import { createUserAction } from "../actions";

export function CreateUserForm() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [created, setCreated] = useState<{ email: string; oneTimePassword?: string } | null>(null);

  function submit(form: HTMLFormElement) {
    const input = Object.fromEntries(new FormData(form));
    startTransition(async () => {
      const result = await createUserAction(input);
      if (result.ok) {
        setError(null);
        setCreated(result.data);
        form.reset();
      } else {
        setError(result.error);
      }
    });
  }

  const fe = error?.fieldErrors;
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {created ? (
        <div className="sm:col-span-2">
          <Alert tone="ok">
            Created {created.email}.
            {created.oneTimePassword ? (
              <> Their one-time password is <code className="font-mono" data-testid="one-time-password">{created.oneTimePassword}</code> — share it privately; it is not shown again.</>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {error && !fe ? <div className="sm:col-span-2"><Alert>{error.message}</Alert></div> : null}
      <Field id="new-name" label="Name" errors={fe?.name}>
        <Input id="new-name" name="name" required invalid={!!fe?.name} />
      </Field>
      <Field id="new-email" label="Email" errors={fe?.email}>
        <Input id="new-email" name="email" type="email" required invalid={!!fe?.email} />
      </Field>
      <Field id="new-role" label="Role" errors={fe?.role}>
        <Select id="new-role" name="role" defaultValue="INTERVIEWER" invalid={!!fe?.role}>
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </Select>
      </Field>
      <Field id="new-password" label="Password" errors={fe?.password} hint="Leave empty to invite with a generated one-time password.">
        <Input id="new-password" name="password" type="password" autoComplete="new-password" invalid={!!fe?.password} />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create user"}</Button>
      </div>
    </form>
  );
}
