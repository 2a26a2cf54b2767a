"use client";

import { useEffect, type RefObject } from "react";

/** True when the browser knows it has no network; savers then wait for `online` instead of trying. */
export const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;

/**
 * The guards every "saves as you type" form needs: a failed save (network down, server
 * restarting) is tried again every `retryMs` until it goes through, coming back online sends at
 * once, and leaving the page (closing the tab, switching apps on a phone) saves at once.
 * `pendingTimer` is the debounce timer to clear on unmount.
 */
export function useSaveGuards(flush: () => Promise<unknown>, failures: number, retryMs: number, pendingTimer: RefObject<ReturnType<typeof setTimeout> | undefined>) {
  useEffect(() => {
    if (!failures) return;
    const id = setTimeout(() => void flush(), retryMs);
    return () => clearTimeout(id);
  }, [failures, flush, retryMs]);

  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => document.visibilityState === "hidden" && now();
    window.addEventListener("pagehide", now);
    window.addEventListener("online", now);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      // The latest pending debounce is the one to cancel, so read the ref at cleanup on purpose.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      clearTimeout(pendingTimer.current);
      window.removeEventListener("pagehide", now);
      window.removeEventListener("online", now);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [flush, pendingTimer]);
}
