"use client";

// The candidate's whole live view. It imports only React, the Markdown HTML wrapper, the
// domain-free helpers of src/lib, the candidate's own types and the code pad (pad content only):
// no interviewer module may ever be reachable from here, so no interviewer text can end up in
// this page's JavaScript.
import { useEffect, useState } from "react";
import { MarkdownHtml } from "@/components/markdown";
import { ApiError, apiFetch } from "@/lib/api-client";
import { formatClock } from "@/lib/format";
import { useNow } from "@/lib/use-now";
import { PadSlot } from "../pad/components/pad-slot";
import type { CandidateView } from "./candidate-types";

const isOver = (status: CandidateView["status"]) => status === "COMPLETED" || status === "CANCELLED";

/** Follows the session over server-sent events; EventSource reconnects by itself and the first message after a reconnect is the full state. */
function useLiveView(url: string, initial: CandidateView) {
  // offsetMs: the server's clock minus ours, measured when a state arrives; timers use server time.
  const [live, setLive] = useState({ view: initial, offsetMs: 0 });
  const [connected, setConnected] = useState(true);
  const [gone, setGone] = useState(false);

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let attempt = 0;

    const stop = () => {
      stopped = true;
      source?.close();
      clearTimeout(retryTimer);
    };
    // The browser stops retrying after a non-200 answer (a 502 or an error page while the server
    // restarts); ask the JSON endpoint whether the link died, else reopen, waiting at most 3 s.
    const recover = async () => {
      const linkDied = await apiFetch(url).then(
        () => false,
        (error: unknown) => error instanceof ApiError && error.status === 404,
      );
      if (stopped) return;
      if (linkDied) {
        setGone(true);
        stop();
        return;
      }
      retryTimer = setTimeout(open, Math.min(3000, 500 * 2 ** attempt++));
    };
    const open = () => {
      if (stopped) return;
      source = new EventSource(`${url}/events`);
      source.onopen = () => {
        attempt = 0;
        setConnected(true);
      };
      source.onmessage = (event: MessageEvent<string>) => {
        const next = JSON.parse(event.data) as CandidateView;
        const offsetMs = next.timing ? Date.parse(next.timing.serverNow) - Date.now() : 0;
        setLive((current) => (next.revision < current.view.revision ? current : { view: next, offsetMs }));
        if (isOver(next.status)) stop();
      };
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          void recover();
        }
      };
    };
    open();
    return stop;
  }, [url]);

  return { ...live, connected, gone };
}

function Frame({ children, connected, mock = false }: { children: React.ReactNode; connected?: boolean; mock?: boolean }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-3xl flex-col gap-6 px-4 py-8">
      <header className="flex items-center justify-between text-sm text-muted">
        <span className="font-semibold text-ink">{mock ? "Probe · Mock interview" : "Probe · Interview"}</span>
        {connected === undefined ? null : (
          <span role="status" data-testid="connection">{connected ? "Connected" : "Reconnecting…"}</span>
        )}
      </header>
      {children}
    </main>
  );
}

function Message({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-line bg-surface p-8 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children ? <p className="mt-3 text-muted">{children}</p> : null}
    </section>
  );
}

/**
 * `endpoint` is where the view is read and followed: a join link's (`/api/live/:token`, with the
 * code pad), or a candidate's own mock interview's (`/api/practice/mocks/:id`, no pad, a friend
 * interviewing: practice/mock/). Both serve this same allow-listed view.
 */
export function CandidateLive({ endpoint, initial, mock = false }: { endpoint: string; initial: CandidateView; mock?: boolean }) {
  const { view, offsetMs, connected, gone } = useLiveView(endpoint, initial);
  const now = useNow(view.status === "LIVE" && !gone);
  const interviewer = mock ? "your friend" : "your interviewer";

  if (view.status === "COMPLETED") {
    return (
      <Frame mock={mock}>
        <Message title="The interview is over">
          {mock ? "Your friend's ratings and notes are in your practice history, per question." : "Thank you for your time. You can close this tab."}
        </Message>
      </Frame>
    );
  }
  if (view.status === "CANCELLED") {
    return <Frame mock={mock}><Message title="This interview was cancelled">{mock ? "Its link no longer works." : "Your interviewer will be in touch."}</Message></Frame>;
  }
  if (gone) {
    return <Frame mock={mock}><Message title="This interview link is no longer active" /></Frame>;
  }
  if (view.status === "SCHEDULED" || !view.question || !view.timing) {
    return (
      <Frame connected={connected} mock={mock}>
        <Message title={`Waiting for ${interviewer}`}>
          The interview will start here when {interviewer} begins. Keep this tab open; it updates by itself.
        </Message>
      </Frame>
    );
  }

  const { question, timing } = view;
  const running = now !== null && timing.activeSince ? Math.max(0, now + offsetMs - Date.parse(timing.activeSince)) : 0;
  return (
    <Frame connected={connected} mock={mock}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p aria-live="polite" className="text-sm font-medium text-muted" data-testid="position">
          Question {view.position.index + 1} of {view.position.total}
        </p>
        <p className="font-mono text-sm tabular-nums" data-testid="question-time" aria-label="Time on this question">
          {now === null ? "–:––" : formatClock(timing.elapsedMs + running)}
        </p>
      </div>
      <article className="rounded-lg border border-line bg-surface p-6">
        <h1 className="mb-4 text-xl font-semibold" data-testid="question-title">{question.title}</h1>
        <MarkdownHtml html={question.promptHtml} />
      </article>
      {question.revealedProbes.length ? (
        <section aria-labelledby="follow-ups" className="rounded-lg border border-line bg-surface p-6">
          <h2 id="follow-ups" className="mb-3 font-semibold">Follow-up questions</h2>
          <ol className="list-decimal space-y-2 pl-6" aria-live="polite" data-testid="probes">
            {question.revealedProbes.map((probe, index) => (
              <li key={index} className="whitespace-pre-wrap">{probe.question}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {mock ? null : (
        <PadSlot
          key={view.position.index}
          eventsUrl={`${endpoint}/pads/${view.position.index}/events`}
          updatesUrl={`${endpoint}/pads/${view.position.index}/updates`}
          note="Your interviewer sees this pad and can type in it too."
        />
      )}
    </Frame>
  );
}
