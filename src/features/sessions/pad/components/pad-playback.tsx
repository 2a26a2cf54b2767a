"use client";

// Replays how a pad was written: a labelled slider over its stored updates (arrow keys step one
// update, Home goes to the first keystroke), the step's time and author, and the text at that
// step. The history loads when asked for; replaying runs in the browser from text deltas (no Yjs).
import { useId, useMemo, useState } from "react";
import { ApiError, apiFetch } from "@/lib/api-client";
import { formatClock, formatTimestamp } from "@/lib/format";
import { useTimeZone } from "@/lib/time-zone-context";
import { playback } from "../playback";
import type { PadHistory } from "../types";

export function PadPlayback({ historyUrl, title }: { historyUrl: string; title: string }) {
  const [history, setHistory] = useState<PadHistory | null>(null);
  const [index, setIndex] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sliderId = useId();
  const zone = useTimeZone();
  const textAt = useMemo(() => (history ? playback(history.steps) : null), [history]);

  const load = async () => {
    setLoading(true);
    setError(null);
    try {
      const loaded = await apiFetch<PadHistory>(historyUrl);
      setHistory(loaded);
      setIndex(Math.max(0, loaded.steps.length - 1));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "Could not load the history");
    } finally {
      setLoading(false);
    }
  };

  if (!history || !textAt) {
    return (
      <div className="mt-3">
        <button type="button" className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-canvas disabled:opacity-50" disabled={loading} onClick={() => void load()}>
          {loading ? "Loading…" : `Replay how it was written`}
          <span className="sr-only">: {title}</span>
        </button>
        {error ? <p role="alert" className="mt-2 text-sm text-danger">{error}</p> : null}
      </div>
    );
  }
  const steps = history.steps;
  if (!steps.length) return <p className="mt-3 text-sm text-muted">Nothing was written in this pad.</p>;
  const step = steps[index]!;
  const who = step.author === "candidate" ? "Candidate" : (step.name ?? "Interviewer");
  const since = formatClock(Date.parse(step.at) - Date.parse(steps[0]!.at));
  const summary = `Step ${index + 1} of ${steps.length} · ${formatTimestamp(step.at, zone)} (+${since}) · ${who}`;
  return (
    <div className="mt-3 space-y-2">
      <label htmlFor={sliderId} className="block text-sm font-medium">Playback: {title}</label>
      <input
        id={sliderId}
        type="range"
        min={1}
        max={steps.length}
        step={1}
        value={index + 1}
        aria-valuetext={summary}
        onChange={(event) => setIndex(Number(event.target.value) - 1)}
        className="w-full"
        data-testid="playback-slider"
      />
      <p className="text-xs text-muted" aria-live="polite" data-testid="playback-step">{summary}</p>
      <pre className="max-h-96 overflow-auto rounded-md border border-line bg-canvas p-3 text-sm" data-testid="playback-text">{textAt(index)}</pre>
    </div>
  );
}
