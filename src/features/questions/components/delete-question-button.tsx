"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { archiveQuestionAction } from "../actions";

/** Delete behind a confirmation dialog. The native <dialog> traps focus and closes on Escape. */
export function DeleteQuestionButton({ id, label }: { id: string; label: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const { run, pending, error } = useAction();

  const confirm = () =>
    run(archiveQuestionAction, { id, confirm: true }, () => {
      dialog.current?.close();
      router.push("/questions");
      router.refresh();
    });

  return (
    <>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>Delete</Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        aria-describedby="delete-description"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-6 text-ink backdrop:bg-black/50"
      >
        <h2 id="delete-title" className="text-lg font-semibold">Delete {label}?</h2>
        <p id="delete-description" className="mt-2 text-sm text-muted">
          It disappears from the bank, lists and search. Sessions and practice that used it keep the version they used.
        </p>
        {error ? <p role="alert" className="mt-3 text-sm text-danger">{error.message}</p> : null}
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()} disabled={pending} autoFocus>Cancel</Button>
          <Button variant="danger" onClick={confirm} disabled={pending}>{pending ? "Deleting…" : "Delete question"}</Button>
        </div>
      </dialog>
    </>
  );
}
