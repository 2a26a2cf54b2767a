"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { editUserAction } from "../actions";

/** A user's name and email, edited in place on the users page. */
export function EditUserForm({ userId, name, email, isSelf }: { userId: string; name: string; email: string; isSelf: boolean }) {
  const { run, pending, error } = useAction();
  const [done, setDone] = useState<{ signedOut: boolean } | null>(null);
  const fe = error?.fieldErrors;
  const id = (field: string) => `edit-${field}-${userId}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted">
        Edit name and email<span className="sr-only"> of {name}</span>
      </summary>
      <form
        className="mt-2 grid max-w-md gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          run(editUserAction, { userId, ...Object.fromEntries(new FormData(event.currentTarget)) }, setDone, () => setDone(null));
        }}
      >
        {done ? <Alert tone="ok">Saved.{done.signedOut ? " The email changed, so they were signed out everywhere and sign in with the new one." : ""}</Alert> : null}
        {error && !fe ? <Alert>{error.message}</Alert> : null}
        <InputField id={id("name")} name="name" label="Name" defaultValue={name} errors={fe?.name} required />
        <InputField
          id={id("email")}
          name="email"
          label="Email"
          type="email"
          defaultValue={email}
          errors={fe?.email}
          readOnly={isSelf}
          hint={isSelf ? "Another admin changes your own email." : "Changing it signs them out everywhere: the email is how they sign in."}
          required
        />
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Save"}</Button>
        </div>
      </form>
    </details>
  );
}
