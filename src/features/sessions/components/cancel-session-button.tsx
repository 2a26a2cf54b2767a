"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cancelSessionAction } from "../actions";

export function CancelSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) return <Button variant="secondary" onClick={() => setConfirming(true)}>Cancel session</Button>;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm cancelling the session">
      <span className="text-sm">Cancel it? The candidate link stops working.</span>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await cancelSessionAction({ id: sessionId });
            if (!result.ok) setError(result.error.message);
            else {
              setConfirming(false);
              router.refresh();
            }
          })
        }
      >
        Yes, cancel it
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      {error ? <span role="alert" className="text-sm text-danger">{error}</span> : null}
    </div>
  );
}
