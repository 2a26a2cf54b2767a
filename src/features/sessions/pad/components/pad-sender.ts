// Sends an editor's changes: Yjs updates merged into one batch every 50 ms while typing, one
// request at a time (so updates arrive in the order they were made), the cursor with them. Until
// the server has stored a change it is also kept in sessionStorage, so a refresh resends it (Yjs
// applies a change it already has as a no-op). A refused change (too large, not allowed) ends
// the batch: the editor starts over from the server's copy, since its own holds the refused text.
import * as Y from "yjs";
import { ApiError, apiFetch } from "@/lib/api-client";

const BATCH_MS = 50;
const CURSOR_MS = 150;
const MAX_BACKOFF_MS = 5000;

export type PadSenderEvents = {
  /** The server refused a change for good (the message says why); the editor should reload. */
  onRefused(message: string): void;
  /** Whether everything typed is stored. */
  onSaved(saved: boolean): void;
};

const toBase64 = (bytes: Uint8Array) => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function createPadSender(url: string, storageKey: string, events: PadSenderEvents) {
  let pending: Uint8Array[] = [];
  let cursor: Uint8Array | null = null;
  let sending: Uint8Array | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let backoff = 0;
  let stopped = false;

  const unsent = () => [...(sending ? [sending] : []), ...pending];
  const keep = () => {
    try {
      const updates = unsent();
      if (updates.length) sessionStorage.setItem(storageKey, toBase64(Y.mergeUpdates(updates)));
      else sessionStorage.removeItem(storageKey);
    } catch {
      // Storage full or blocked: the change is still sent, only not kept across a refresh.
    }
  };

  const schedule = (ms: number) => {
    if (timer || sending || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, ms);
  };

  async function flush({ keepalive = false } = {}) {
    if (sending || stopped) return;
    const update = pending.length ? Y.mergeUpdates(pending) : null;
    const presence = cursor;
    if (!update && !presence) return;
    pending = [];
    cursor = null;
    sending = update;
    events.onSaved(false);
    try {
      await apiFetch(url, { method: "POST", body: { ...(update ? { update: toBase64(update) } : {}), ...(presence ? { awareness: toBase64(presence) } : {}) }, keepalive });
      backoff = 0;
      sending = null;
      keep();
    } catch (error) {
      sending = null;
      const refused = error instanceof ApiError && error.refused && error.status !== 429;
      if (refused) {
        if (update) {
          pending = [];
          keep();
          events.onRefused(error.message);
        }
      } else {
        // Offline, a restarting server or a rate limit: send it again, with what came meanwhile.
        if (update) pending.unshift(update);
        cursor ??= presence;
        backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 500);
        if (!stopped) setTimeout(() => void flush(), backoff);
        return;
      }
    }
    if (pending.length || cursor) schedule(pending.length ? BATCH_MS : CURSOR_MS);
    else events.onSaved(true);
  }

  return {
    update(update: Uint8Array) {
      pending.push(update);
      keep();
      schedule(BATCH_MS);
    },
    cursor(update: Uint8Array) {
      cursor = update;
      schedule(CURSOR_MS);
    },
    /** Changes kept by an earlier page of this tab that the server may not have. */
    kept(): Uint8Array | null {
      try {
        const text = sessionStorage.getItem(storageKey);
        return text ? fromBase64(text) : null;
      } catch {
        return null;
      }
    },
    /** Sends what is waiting now, even as the page goes away. */
    flushNow: () => {
      clearTimeout(timer);
      timer = undefined;
      return flush({ keepalive: true });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
