"use client";

import { useEffect, useState } from "react";

/**
 * The local clock for running timers, ticking every half second while `active`. Null until
 * mounted, so the server render holds no time and hydration cannot disagree about it.
 */
export function useNow(active = true): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 500);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active]);
  return now;
}
