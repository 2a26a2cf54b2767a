"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { updateSignUpPolicyAction } from "../actions";
import { SIGN_UP_POLICIES, SIGN_UP_POLICY_LABELS, type SignUpPolicy } from "../schemas";

export function SignUpPolicyForm({ current }: { current: SignUpPolicy }) {
  const { run, pending, error } = useAction();
  const [saved, setSaved] = useState<SignUpPolicy | null>(null);
  return (
    <form
      className="space-y-4"
      aria-label="Sign-up policy"
      onSubmit={(event) => {
        event.preventDefault();
        const policy = new FormData(event.currentTarget).get("policy");
        run(updateSignUpPolicyAction, { policy }, (result) => setSaved(result.policy), () => setSaved(null));
      }}
    >
      {saved ? <Alert tone="ok">Saved. Sign-up is now “{SIGN_UP_POLICY_LABELS[saved].title}”.</Alert> : null}
      {error ? <Alert>{error.fieldErrors?.policy?.join(" ") ?? error.message}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Who may create an account on the sign-up page?</legend>
        {SIGN_UP_POLICIES.map((policy) => (
          <label key={policy} className="flex cursor-pointer items-start gap-3 rounded-md border border-line p-3 text-sm has-[:checked]:border-accent">
            <input type="radio" name="policy" value={policy} defaultChecked={policy === current} className="mt-1" />
            <span>
              <span className="block font-medium">{SIGN_UP_POLICY_LABELS[policy].title}</span>
              <span className="block text-muted">{SIGN_UP_POLICY_LABELS[policy].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Apply sign-up policy"}</Button>
    </form>
  );
}
