"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { formatDateTime } from "@/lib/format";
import { useTimeZone } from "@/lib/time-zone-context";
import { useAction } from "@/lib/use-action";
import { createInvitationAction, revokeInvitationAction } from "../actions";
import { INVITATION_DAYS } from "../schemas";

type Invitation = { id: string; note: string; createdAt: Date; status: "open" | "used" | "revoked" | "expired"; at: Date };

const STATUS_WORDS = { open: "open until", used: "used", revoked: "revoked", expired: "expired" } as const;

/** Make single-use sign-up links (the invite-only policy) and revoke the ones not used yet. */
export function InvitationsPanel({ invitations }: { invitations: Invitation[] }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [link, setLink] = useState<string | null>(null);
  const fe = error?.fieldErrors;
  const zone = useTimeZone();
  return (
    <div className="space-y-4">
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      <form
        className="grid gap-4 sm:grid-cols-[1fr_max-content_max-content] sm:items-end"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          run(createInvitationAction, Object.fromEntries(new FormData(form)), ({ path }) => {
            // Only the hash is stored, so the link can be shown this once.
            setLink(`${window.location.origin}${path}`);
            form.reset();
            router.refresh();
          });
        }}
      >
        <InputField id="invitation-note" name="note" label="For whom (a note for you)" errors={fe?.note} />
        <SelectField id="invitation-days" name="days" label="Works for" errors={fe?.days} defaultValue="7" options={INVITATION_DAYS.map((days) => [String(days), `${days} day${days === 1 ? "" : "s"}`])} />
        <Button type="submit" disabled={pending}>{pending ? "Working…" : "Create invitation link"}</Button>
      </form>
      {link ? (
        <div className="space-y-2 rounded-md border border-ok p-4 text-sm">
          <p className="font-medium text-ok">Invitation created. Copy it now: it is not shown again, and it works once.</p>
          <label htmlFor="invitation-link" className="sr-only">Invitation link</label>
          <input id="invitation-link" readOnly value={link} className="w-full rounded-md border border-line bg-canvas px-3 py-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {invitations.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line text-sm">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="invitation">
              <span>
                {invitation.note || "Invitation"} · created {formatDateTime(invitation.createdAt, zone)} · {STATUS_WORDS[invitation.status]} {formatDateTime(invitation.at, zone)}
              </span>
              {invitation.status === "open" ? (
                <Button variant="danger" disabled={pending} onClick={() => run(revokeInvitationAction, { invitationId: invitation.id }, () => router.refresh())}>
                  Revoke
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">No invitations yet.</p>
      )}
    </div>
  );
}
