"use client";

import { useState } from "react";
import { ApiError } from "@/lib/api-client";
import { CODE_LANGUAGE_LABELS, CODE_LANGUAGES, type CodeLanguage } from "@/lib/code-languages";
import { PadSlot } from "../../pad/components/pad-slot";
import type { InterviewerView } from "../../types";
import { postLoadCode, putPadLanguage } from "./api";

/** The current question's code pad in the cockpit: shared with the candidate, language and code controls for the panel. */
export function CockpitPad({ view, position }: { view: InterviewerView; position: number }) {
  const base = `/api/sessions/${view.id}/pads/${position}`;
  const live = view.status === "LIVE";
  return (
    <PadSlot
      eventsUrl={`${base}/events`}
      updatesUrl={`${base}/updates`}
      readOnly={!live}
      note={live ? "The candidate sees this pad and types in it with you." : undefined}
      controls={({ language }) => (live ? <PadControls sessionId={view.id} position={position} language={language} /> : null)}
    />
  );
}

function PadControls({ sessionId, position, language }: { sessionId: string; position: number; language: CodeLanguage }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "Could not reach the server; try again");
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        <span>Pad language</span>
        <select
          className="rounded-md border border-line bg-surface px-2 py-1 text-sm"
          value={language}
          disabled={busy}
          onChange={(event) => void run(() => putPadLanguage(sessionId, position, event.target.value))}
        >
          {CODE_LANGUAGES.map((id) => (
            <option key={id} value={id}>{CODE_LANGUAGE_LABELS[id]}</option>
          ))}
        </select>
      </label>
      <button type="button" className="rounded-md border border-line px-3 py-1 text-sm font-medium hover:bg-canvas disabled:opacity-50" disabled={busy} onClick={() => void run(() => postLoadCode(sessionId, position))}>
        Load the question&apos;s code
      </button>
      {error ? <p role="alert" className="basis-full text-sm text-danger">{error}</p> : null}
    </>
  );
}
