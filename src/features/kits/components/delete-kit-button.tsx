"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { deleteKitAction } from "../actions";

/** Two-step delete: sessions made from the kit keep their own copies of its questions. */
export function DeleteKitButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useAction();
  if (!confirming) {
    return <Button variant="secondary" onClick={() => setConfirming(true)}>Delete kit</Button>;
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm deleting the kit">
      <span className="text-sm">Delete “{name}”? Sessions already created are not affected.</span>
      <Button
        variant="danger"
        disabled={remove.pending}
        onClick={() => remove.run(deleteKitAction, { id }, () => router.push("/kits"))}
      >
        Yes, delete
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      {remove.error ? <span className="text-sm text-danger" role="alert">{remove.error.message}</span> : null}
    </div>
  );
}
