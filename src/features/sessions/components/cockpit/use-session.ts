"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { InterviewerView } from "../../types";
import { fetchSession } from "./api";

/** A view plus the server-minus-client clock offset measured when it arrived (timers use server time). */
export type Received = { view: InterviewerView; offsetMs: number };

export const sessionKey = (id: string) => ["session", id] as const;

export function receive(view: InterviewerView): Received {
  return { view, offsetMs: Date.parse(view.serverNow) - Date.now() };
}

/** Keeps the newer of two states: events can arrive out of order with a mutation's own answer. */
export function newer(current: Received | undefined, next: InterviewerView): Received {
  return !current || next.revision >= current.view.revision ? receive(next) : current;
}

/**
 * The cockpit's state: TanStack Query holds it, server-sent events keep it current. EventSource
 * reconnects by itself and the first message after a reconnect is the full state; if the browser
 * gives up (a non-200 answer, e.g. a proxy's 502 while the server restarts), we reopen it with
 * backoff capped at 3 s, so a restarted server is picked up within seconds.
 */
export function useSession(initial: InterviewerView) {
  const id = initial.id;
  const endpoint = initial.endpoint;
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(true);
  const query = useQuery({
    queryKey: sessionKey(id),
    queryFn: async () => receive(await fetchSession(endpoint)),
    initialData: { view: initial, offsetMs: 0 },
    staleTime: 30_000,
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    const open = () => {
      if (stopped) return;
      source = new EventSource(`${endpoint}/events`);
      source.onopen = () => {
        attempt = 0;
        setConnected(true);
      };
      source.onmessage = (event: MessageEvent<string>) => {
        const next = JSON.parse(event.data) as InterviewerView;
        queryClient.setQueryData<Received>(sessionKey(id), (current) => newer(current, next));
      };
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          timer = setTimeout(open, Math.min(3000, 500 * 2 ** attempt++));
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [id, endpoint, queryClient]);

  return { ...query.data, connected };
}
