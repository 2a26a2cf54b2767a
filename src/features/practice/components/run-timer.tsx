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
