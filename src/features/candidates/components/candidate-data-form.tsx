"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { editCandidateAction } from "../actions";

/** Corrects a candidate's name and email. */
export function CandidateDataForm({ candidateId, name, email }: { candidateId: string; name: string; email: string | null }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [saved, setSaved] = useState(false);
  const fe = error?.fieldErrors;
  return (
    <form
      className="grid max-w-md gap-4"
      noValidate
      aria-label="Name and email"
      onSubmit={(event) => {
        event.preventDefault();
        const data = Object.fromEntries(new FormData(event.currentTarget));
        run(editCandidateAction, { candidateId, name: data.name, email: data.email }, () => {
          setSaved(true);
          router.refresh();
        }, () => setSaved(false));
      }}
    >
      {saved ? <Alert tone="ok">Saved.</Alert> : null}
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      <InputField id="candidate-name" name="name" label="Name" defaultValue={name} errors={fe?.name} required />
      <InputField id="candidate-email" name="email" label="Email (optional)" type="email" defaultValue={email ?? ""} errors={fe?.email} hint="Leave empty to remove it." />
      <div>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save"}</Button>
      </div>
    </form>
  );
}
