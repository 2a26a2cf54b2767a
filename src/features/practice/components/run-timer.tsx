"use client";

import { useEffect, useState } from "react";
import { formatClock } from "@/lib/format";

/**
 * Time spent answering. Counts from `baseMs` (what earlier visits saved) while `running`; the
 * first render shows `baseMs` alone so server and browser agree before the clock starts.
 */
export function RunTimer({ baseMs, since, running }: { baseMs: number; since: number; running: boolean }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, 1000);
    tick();
    return () => clearInterval(id);
  }, [running]);
  const shown = running && now !== null ? baseMs + Math.max(0, now - since) : baseMs;
  return (
    <span className="font-mono tabular-nums" data-testid="run-timer">
      <span className="sr-only">{running ? "Time so far: " : "Answered in: "}</span>
      {formatClock(shown)}
    </span>
  );
}

export function SaveStatusText({ status, staleMessage }: { status: "saved" | "saving" | "offline" | "retrying" | "stale"; staleMessage: string | null }) {
  const text = {
    saved: "Saved",
    saving: "Saving…",
    offline: "Offline — kept on this device, will send when you're back",
    retrying: "Not saved yet — kept on this device, retrying",
    stale: staleMessage ?? "This run moved on",
  }[status];
  const tone = status === "saved" || status === "saving" ? "text-muted" : status === "stale" ? "text-danger" : "text-warn";
  return (
    <span role="status" aria-live="polite" className={`text-sm ${tone}`} data-testid="save-status">
      {text}
    </span>
  );
}
