"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { ROLE_LABELS } from "@/lib/roles";
import { useAction } from "@/lib/use-action";
import { createUserAction } from "../actions";

export function CreateUserForm() {
  const create = useAction();
  const [created, setCreated] = useState<{ email: string; signInLink?: string } | null>(null);

  const fe = create.error?.fieldErrors;
  return (
    <form
      aria-label="Create a user"
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        create.run(createUserAction, Object.fromEntries(new FormData(form)), (data) => {
          setCreated(data);
          form.reset();
        });
      }}
    >
      {created ? (
        <div className="sm:col-span-2">
          <Alert tone="ok">
            Created {created.email}.
            {created.signInLink ? (
              <>
                {" "}We mailed them a sign-in link to choose their password (it works once, for 72 hours). To pass it on
                yourself, copy it now: it is not shown again.
                <input
                  aria-label="Sign-in link"
                  className="mt-2 block w-full rounded border border-line bg-surface px-2 py-1 font-mono text-xs"
                  data-testid="sign-in-link"
                  readOnly
                  value={created.signInLink}
                  onFocus={(event) => event.currentTarget.select()}
                />
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {create.error && !fe ? <div className="sm:col-span-2"><Alert>{create.error.message}</Alert></div> : null}
      <InputField id="new-name" name="name" label="Name" errors={fe?.name} required />
      <InputField id="new-email" name="email" label="Email" errors={fe?.email} type="email" required />
      <SelectField id="new-role" name="role" label="Role" errors={fe?.role} defaultValue="INTERVIEWER" options={Object.entries(ROLE_LABELS)} />
      <InputField id="new-password" name="password" label="Password" errors={fe?.password} hint="Leave empty to mail them a sign-in link to choose their own." type="password" autoComplete="new-password" />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.pending}>{create.pending ? "Creating…" : "Create user"}</Button>
      </div>
    </form>
  );
}
