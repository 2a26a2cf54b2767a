"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { regenerateLinkAction } from "../actions";

// Only the token's hash is stored, so the link can be shown only by the browser that created
// (or regenerated) it: it is kept in this tab's sessionStorage, never sent back to the server.
const storageKey = (sessionId: string) => `probe:join:${sessionId}`;
const CHANGE_EVENT = "probe:join-link";

export function rememberJoinLink(sessionId: string, joinPath: string) {
  sessionStorage.setItem(storageKey(sessionId), new URL(joinPath, window.location.origin).toString());
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** `mailsCandidate`: the session is scheduled and has a candidate email, so a new link is mailed to them too. */
export function JoinLinkPanel({ sessionId, mailsCandidate = false }: { sessionId: string; mailsCandidate?: boolean }) {
  const link = useSyncExternalStore(subscribe, () => sessionStorage.getItem(storageKey(sessionId)), () => null);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const { run, pending, error } = useAction();

  // Either way the question has been answered: the confirmation closes.
  const regenerate = () =>
    run(
      regenerateLinkAction,
      { id: sessionId },
      ({ joinPath }) => {
        setConfirming(false);
        setCopied(false);
        rememberJoinLink(sessionId, joinPath);
      },
      () => setConfirming(false),
    );

  return (
    <section aria-labelledby="join-heading" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="join-heading" className="mb-2 font-semibold">Candidate link</h2>
      {link ? (
        <>
          <p className="mb-2 text-sm text-muted">Send this to the candidate. No account needed; it stops working when the session ends.</p>
          <div className="flex flex-wrap gap-2">
            <input readOnly value={link} aria-label="Candidate join link" data-testid="join-link" onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-line bg-canvas px-3 py-2 font-mono text-xs" />
            <Button
              variant="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
        </>
      ) : (
        <p className="mb-2 text-sm text-muted">
          For safety the link is shown only right after it is made. If you no longer have it, make a new one; the old link then stops working.
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {confirming ? (
          <>
            <span className="text-sm">The current link will stop working at once.{mailsCandidate ? " The candidate is mailed the new one." : ""}</span>
            <Button onClick={regenerate} disabled={pending}>{pending ? "Making a new link…" : "Yes, make a new link"}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>Cancel</Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>Regenerate link</Button>
        )}
      </div>
      {error ? <p role="alert" className="mt-2 text-sm text-danger">{error.message}</p> : null}
    </section>
  );
}
