"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { formatDateTime } from "@/lib/format";
import { useTimeZone } from "@/lib/time-zone-context";
import { useAction } from "@/lib/use-action";
import { revokeSessionAction } from "../actions";

type Session = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string; address: string; current: boolean };

/** The browsers signed in to this account; any but this one can be signed out from here. */
export function SessionList({ sessions }: { sessions: Session[] }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const zone = useTimeZone();
  return (
    <div className="space-y-3">
      {error ? <Alert>{error.message}</Alert> : null}
      <ul className="divide-y divide-line rounded-lg border border-line text-sm">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="auth-session">
            <span className="min-w-0">
              <span className="block truncate font-medium" title={session.userAgent}>{session.userAgent || "Unknown browser"}</span>
              <span className="block text-muted">
                Signed in {formatDateTime(session.createdAt, zone)} from {session.address || "an unknown address"} · last seen {formatDateTime(session.lastSeenAt, zone)} · ends{" "}
                {formatDateTime(session.expiresAt, zone)}
              </span>
            </span>
            {session.current ? (
              <span className="text-ok">This browser</span>
            ) : (
              <Button variant="secondary" disabled={pending} onClick={() => run(revokeSessionAction, { sessionId: session.id }, () => router.refresh())}>
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
