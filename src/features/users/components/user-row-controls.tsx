"use client";

import { useAction } from "@/lib/use-action";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/policy";
import { ROLE_LABELS } from "@/lib/roles";
import { useState } from "react";
import { changeRoleAction, sendResetLinkAction, setActiveAction } from "../actions";

export function UserRowControls({ userId, name, role, active, isSelf }: { userId: string; name: string; role: Role; active: boolean; isSelf: boolean }) {
  const { run, pending, error } = useAction();
  const [resetSent, setResetSent] = useState(false);

  if (isSelf) return <span className="text-sm text-muted">You</span>;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>Role of {name}</label>
      <select
        id={`role-${userId}`}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm"
        defaultValue={role}
        disabled={pending}
        onChange={(event) => run(changeRoleAction, { userId, role: event.target.value })}
      >
        {Object.entries(ROLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
      <Button
        variant={active ? "secondary" : "primary"}
        disabled={pending}
        onClick={() => run(setActiveAction, { userId, active: String(!active) })}
        aria-label={`${active ? "Deactivate" : "Reactivate"} ${name}`}
      >
        {active ? "Deactivate" : "Reactivate"}
      </Button>
      {active ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(sendResetLinkAction, { userId }, () => setResetSent(true))} aria-label={`Send ${name} a password reset link`}>
          Send reset link
        </Button>
      ) : null}
      {resetSent ? <span role="status" className="text-sm text-muted">Reset link sent</span> : null}
      {error ? <span role="alert" className="text-sm text-danger">{error.message}</span> : null}
    </div>
  );
}
