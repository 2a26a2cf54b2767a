"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { deleteBankAction, editBankAction } from "../actions";

/**
 * An admin's controls for one bank: rename and describe it, or delete it. What a rename means for
 * imports is said beside the name, since the name is how an import finds its bank.
 */
export function BankAdminForm({ bankId, name, description }: { bankId: string; name: string; description: string }) {
  const id = useId();
  const router = useRouter();
  const edit = useAction();
  const remove = useAction();
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fe = edit.error?.fieldErrors;

  return (
    <details className="rounded-md border border-line p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        Rename, describe or delete<span className="sr-only"> {name}</span>
      </summary>
      <form
        className="mt-3 grid max-w-xl gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = Object.fromEntries(new FormData(event.currentTarget));
          edit.run(editBankAction, { bankId, name: form.name, description: form.description }, () => setSaved(true), () => setSaved(false));
        }}
      >
        {saved ? <Alert tone="ok">Saved.</Alert> : null}
        {edit.error && !fe ? <Alert>{edit.error.message}</Alert> : null}
        <InputField
          id={`${id}-name`}
          name="name"
          label="Name"
          defaultValue={name}
          errors={fe?.name}
          hint="Imports find a bank by its name: after a rename, import this bank's document with the new name as the bank (the import page's bank field, or --bank on the command line), or give the document the new title. A document still titled with the old name creates a new bank."
        />
        <TextareaField
          id={`${id}-description`}
          name="description"
          label="Description (Markdown)"
          rows={4}
          defaultValue={description}
          errors={fe?.description}
          hint="Re-importing the bank's document replaces it with the document's introduction."
        />
        <div>
          <Button type="submit" variant="secondary" disabled={edit.pending}>{edit.pending ? "Saving…" : "Save name and description"}</Button>
        </div>
      </form>
      <div className="mt-4 space-y-2 border-t border-line pt-3">
        {remove.error ? <Alert>{remove.error.message}</Alert> : null}
        {confirming ? (
          <div className="flex flex-wrap items-center gap-2">
            <span>Delete “{name}” and all its questions for good?</span>
            <Button variant="danger" disabled={remove.pending} onClick={() => remove.run(deleteBankAction, { bankId }, () => router.refresh(), () => setConfirming(false))}>
              {remove.pending ? "Deleting…" : "Yes, delete the bank"}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
          </div>
        ) : (
          <Button variant="danger" onClick={() => setConfirming(true)}>Delete bank…</Button>
        )}
        <p className="text-xs text-muted">A bank used by a kit, an interview session or practice cannot be deleted; you will be told what uses it.</p>
      </div>
    </details>
  );
}
