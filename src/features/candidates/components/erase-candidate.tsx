"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { eraseCandidateAction } from "../actions";

/** Erases the candidate once their name is typed again; then back to the list, which says so. */
export function EraseCandidate({ candidateId, name }: { candidateId: string; name: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const fe = error?.fieldErrors;
  return (
    <form
      className="grid max-w-md gap-3"
      noValidate
      aria-label="Erase this candidate"
      onSubmit={(event) => {
        event.preventDefault();
        const confirmName = new FormData(event.currentTarget).get("confirmName");
        run(eraseCandidateAction, { candidateId, confirmName }, () => router.push("/candidates?erased=1"));
      }}
    >
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      <InputField id="confirmName" name="confirmName" label={`Type “${name}” to confirm`} errors={fe?.confirmName} autoComplete="off" />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>{pending ? "Erasing…" : "Erase this candidate for good"}</Button>
      </div>
    </form>
  );
}
