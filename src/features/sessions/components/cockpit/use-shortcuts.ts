"use client";

import { useEffect } from "react";

/** Single-key shortcuts for the cockpit; silent while typing in a field or with a modifier held. */
export function useShortcuts(handlers: Record<string, () => void>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable=''], [contenteditable=true]")) return;
      if (target?.closest("dialog[open]")) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [handlers, enabled]);
}
