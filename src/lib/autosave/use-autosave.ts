"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Autosave } from "./engine";
import { watchPage } from "./page";
import type { AutosaveState } from "./types";

type Engine = Pick<Autosave<unknown>, "restore" | "flush" | "flushOnExit" | "retryNow" | "waiting">;

/** An engine's state, re-rendered on change; the server render sees the initial value. */
export function useAutosaveState<V>(engine: Autosave<V>): AutosaveState<V> {
  return useSyncExternalStore(engine.subscribe, engine.get, engine.get);
}

/**
 * After mount, brings back edits kept from an earlier visit (the server render has no browser
 * storage, so doing it earlier would break hydration) and ties the engines to the page. On
 * unmount, what still waits is sent at once rather than dropped with its timer.
 */
export function useAutosavePage(engines: readonly Engine[]) {
  useEffect(() => {
    for (const engine of engines) engine.restore();
    const unwatch = watchPage(engines);
    return () => {
      unwatch();
      for (const engine of engines) if (engine.waiting) void engine.flush();
    };
  }, [engines]);
}

/** One engine for the life of the component, with its state. */
export function useAutosave<V>(create: () => Autosave<V>): [Autosave<V>, AutosaveState<V>] {
  const [engine] = useState(create);
  const engines = useMemo(() => [engine], [engine]);
  useAutosavePage(engines);
  return [engine, useAutosaveState(engine)];
}
