"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { formatDateTime } from "@/lib/format";
import { useTimeZone } from "@/lib/time-zone-context";
import { useAction } from "@/lib/use-action";
import { createShareAction, revokeShareAction } from "../actions";
import { SHARE_LIFETIME_LABELS, SHARE_LIFETIMES } from "../schemas";

type Share = { id: string; createdAt: Date; revokedAt: Date | null; expiresAt: Date | null; status: "active" | "revoked" | "expired" };

/** Create a read-only link to your progress, and revoke links you no longer want working. */
export function ShareManager({ shares }: { shares: Share[] }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const zone = useTimeZone();

  const [lifetime, setLifetime] = useState<(typeof SHARE_LIFETIMES)[number]>("never");
  const create = () =>
    run(createShareAction, { lifetime }, ({ token }) => {
      setCopied(false);
      // Only the hash is stored, so the link can be shown this once.
      setLink(`${window.location.origin}/shared/practice/${token}`);
      router.refresh();
    });

  const revoke = (shareId: string) => run(revokeShareAction, { shareId }, () => router.refresh());

  const active = shares.filter((s) => s.status === "active");
  return (
    <div className="space-y-6">
      {error ? <Alert>{error.message}</Alert> : null}
      <div className="space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            id="share-lifetime"
            label="The link works"
            value={lifetime}
            onChange={(event) => setLifetime(event.target.value as (typeof SHARE_LIFETIMES)[number])}
            options={SHARE_LIFETIMES.map((value) => [value, SHARE_LIFETIME_LABELS[value]])}
          />
          <Button onClick={create} disabled={pending}>{pending ? "Working…" : "Create a share link"}</Button>
        </div>
        {link ? (
          <div className="space-y-2 rounded-md border border-ok p-4 text-sm">
            <p className="font-medium text-ok">Link created. Copy it now: it is not shown again.</p>
            <label htmlFor="share-link" className="sr-only">Share link</label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <input id="share-link" readOnly value={link} className="w-full rounded-md border border-line bg-canvas px-3 py-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              <Button
                variant="secondary"
                onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false))}
              >
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
          </div>
        ) : null}
      </div>
      <section aria-labelledby="links-heading">
        <h2 id="links-heading" className="mb-2 font-semibold">Your links</h2>
        {shares.length === 0 ? (
          <p className="text-sm text-muted">You have not shared your practice. Nobody else can see it.</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface text-sm">
            {shares.map((share) => (
              <li key={share.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="share-row">
                <span>
                  Created {formatDateTime(share.createdAt, zone)}
                  {share.status === "revoked" ? <span className="text-muted"> · revoked {formatDateTime(share.revokedAt!, zone)}</span> : null}
                  {share.status === "expired" ? <span className="text-muted"> · expired {formatDateTime(share.expiresAt!, zone)}</span> : null}
                  {share.status === "active" ? <span className="text-ok"> · active{share.expiresAt ? ` until ${formatDateTime(share.expiresAt, zone)}` : ""}</span> : null}
                </span>
                {share.status !== "active" ? null : (
                  <Button variant="danger" disabled={pending} onClick={() => revoke(share.id)} aria-label={`Revoke the link created ${formatDateTime(share.createdAt, zone)}`}>
                    Revoke
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {active.length ? <p className="mt-2 text-sm text-muted">{active.length} active link{active.length === 1 ? "" : "s"}: anyone holding one sees your progress (not your answers).</p> : null}
      </section>
    </div>
  );
}
