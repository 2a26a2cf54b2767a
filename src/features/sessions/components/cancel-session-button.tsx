"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { cancelSessionAction } from "../actions";

export function CancelSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const cancel = useAction();
  if (!confirming) return <Button variant="secondary" onClick={() => setConfirming(true)}>Cancel session</Button>;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm cancelling the session">
      <span className="text-sm">Cancel it? The candidate link stops working.</span>
      <Button
        variant="danger"
        disabled={cancel.pending}
        onClick={() =>
          cancel.run(cancelSessionAction, { id: sessionId }, () => {
            setConfirming(false);
            router.refresh();
          })
        }
      >
        Yes, cancel it
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      {cancel.error ? <span role="alert" className="text-sm text-danger">{cancel.error.message}</span> : null}
    </div>
  );
}
