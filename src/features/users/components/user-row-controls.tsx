"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/policy";
import { ROLE_LABELS } from "@/lib/roles";
import { changeRoleAction, setActiveAction } from "../actions";

export function UserRowControls({ userId, name, role, active, isSelf }: { userId: string; name: string; role: Role; active: boolean; isSelf: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function run(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? null : (result.error?.message ?? "Could not save"));
    });
  }

  if (isSelf) return <span className="text-sm text-muted">You</span>;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>Role of {name}</label>
      <select
        id={`role-${userId}`}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm"
        defaultValue={role}
        disabled={pending}
        onChange={(event) => run(() => changeRoleAction({ userId, role: event.target.value }))}
      >
        {Object.entries(ROLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
      <Button
        variant={active ? "secondary" : "primary"}
        disabled={pending}
        onClick={() => run(() => setActiveAction({ userId, active: String(!active) }))}
        aria-label={`${active ? "Deactivate" : "Reactivate"} ${name}`}
      >
        {active ? "Deactivate" : "Reactivate"}
      </Button>
      {message ? <span role="alert" className="text-sm text-danger">{message}</span> : null}
    </div>
  );
}
