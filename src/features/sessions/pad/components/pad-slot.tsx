"use client";

// Where a pad sits on a page (the candidate's view, the cockpit). It follows the pad's stream from
// the start (a few hundred bytes of code) but loads the editor only when the pad is shown: when
// someone has written in it, or when this person opens it. So a page whose pad is unused never
// downloads CodeMirror or Yjs.
import { lazy, Suspense, useId, useState, type ReactNode } from "react";
import { CODE_LANGUAGE_LABELS, type CodeLanguage } from "@/lib/code-languages";
import { usePadStream } from "./use-pad-stream";

// React.lazy rather than next/dynamic: the editor is only ever rendered in the browser (it needs
// the stream's first event), and this keeps the loader's own code out of the page's first load.
const PadEditor = lazy(() => import("./pad-editor"));

type Props = {
  eventsUrl: string;
  updatesUrl: string;
  readOnly?: boolean;
  /** Interviewer controls (language, load the question's code), shown in the pad's header. */
  controls?: (pad: { language: CodeLanguage }) => ReactNode;
  /** A line under the heading, e.g. who sees the pad. */
  note?: string;
};

export function PadSlot({ eventsUrl, updatesUrl, readOnly = false, controls, note }: Props) {
  const { stream, seq, language, connected } = usePadStream(eventsUrl);
  const [opened, setOpened] = useState(false);
  // A refused change means this editor's copy holds text the server does not: start it over.
  const [generation, setGeneration] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(true);
  const headingId = useId();
  const shown = opened || seq > 0;
  const current = language ?? "plaintext";

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-surface p-5" data-testid="pad-slot">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="mr-auto font-semibold">Code pad</h2>
        <span className="text-xs text-muted" data-testid="pad-language">{CODE_LANGUAGE_LABELS[current]}</span>
        {shown && !readOnly ? (
          <span className="text-xs text-muted" role="status" data-testid="pad-saved">{!connected ? "Reconnecting…" : saved ? "Saved" : "Saving…"}</span>
        ) : null}
        {controls?.({ language: current })}
      </div>
      {note ? <p className="mb-3 text-xs text-muted">{note}</p> : null}
      {problem ? (
        <p role="alert" className="mb-3 rounded-md border border-danger px-3 py-2 text-sm text-danger">
          {problem}{" "}
          <button type="button" className="underline" onClick={() => setProblem(null)}>Dismiss</button>
        </p>
      ) : null}
      {shown && stream ? (
        <Suspense fallback={<p className="text-sm text-muted" role="status">Loading the code pad…</p>}>
          <PadEditor
            key={generation}
            stream={stream}
            updatesUrl={updatesUrl}
            language={current}
            readOnly={readOnly}
            onSaved={setSaved}
            onFull={() => setProblem("The pad is full: it holds up to 100 KB of text.")}
            onRefused={(message) => {
              setProblem(`Your last change was not saved: ${message}`);
              setGeneration((n) => n + 1);
            }}
          />
        </Suspense>
      ) : readOnly ? (
        <p className="text-sm text-muted">Nobody wrote in this pad.</p>
      ) : (
        <button type="button" className="rounded-md border border-line px-4 py-2 text-sm font-medium hover:bg-canvas" onClick={() => setOpened(true)}>
          Open the code pad
        </button>
      )}
    </section>
  );
}
