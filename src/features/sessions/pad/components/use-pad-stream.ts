"use client";

// A pad's event stream, opened as soon as the pad's question is on screen. It is tiny and has no
// Yjs: it keeps what arrives until the editor (a chunk loaded on demand) takes over, and it tells
// the page whether the pad holds anything yet (so the editor opens by itself when someone writes).
import { useEffect, useMemo, useState } from "react";
import type { CodeLanguage } from "@/lib/code-languages";
import type { PadMessage } from "../types";

export type PadStream = {
  /** Replays what arrived so far (the pad's state, then updates), then passes on what comes. */
  subscribe(listener: (message: PadMessage) => void): () => void;
};

type Status = { seq: number; language: CodeLanguage | null; connected: boolean };

class PadStreamSource implements PadStream {
  private backlog: PadMessage[] = [];
  private lastPresence: PadMessage | null = null;
  private listeners = new Set<(message: PadMessage) => void>();
  private source: EventSource | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private seq = 0;
  private stopped = false;
  /** The backlog was handed to an editor that has since gone: a new one needs the state again. */
  private drained = false;

  private onStatus: (status: Partial<Status>) => void = () => undefined;

  constructor(private readonly url: string) {}

  /** Opens the stream (again, after stop(): React may mount an effect twice). */
  start(onStatus: (status: Partial<Status>) => void) {
    this.onStatus = onStatus;
    this.stopped = false;
    this.open();
  }

  private open() {
    if (this.stopped) return;
    const source = new EventSource(this.seq ? `${this.url}?after=${this.seq}` : this.url);
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      this.onStatus({ connected: true });
    };
    source.onmessage = (event: MessageEvent<string>) => this.receive(JSON.parse(event.data) as PadMessage);
    // EventSource reconnects by itself (sending Last-Event-ID); after a non-200 answer it gives up,
    // and we reopen from the last update we hold, waiting at most 3 s.
    source.onerror = () => {
      this.onStatus({ connected: false });
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        this.timer = setTimeout(() => this.open(), Math.min(3000, 500 * 2 ** this.attempt++));
      }
    };
  }

  private receive(message: PadMessage) {
    if (message.seq !== undefined) this.seq = Math.max(this.seq, message.seq);
    this.onStatus({ seq: this.seq, ...(message.language ? { language: message.language } : {}) });
    if (this.listeners.size === 0) {
      // Only content is kept for a later editor; cursors are fresh again within seconds.
      if (message.update || message.seq !== undefined || message.language) this.backlog.push({ ...message, presence: undefined });
      if (message.presence) this.lastPresence = { presence: message.presence };
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  subscribe(listener: (message: PadMessage) => void): () => void {
    if (this.drained) {
      // Start over from the whole pad for the new editor.
      this.drained = false;
      this.backlog = [];
      this.seq = 0;
      this.source?.close();
      clearTimeout(this.timer);
      this.open();
    }
    for (const message of this.backlog) listener(message);
    if (this.lastPresence) listener(this.lastPresence);
    this.backlog = [];
    this.lastPresence = null;
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.drained = true;
    };
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.source?.close();
  }
}

export function usePadStream(url: string) {
  // Building the source opens nothing; the effect opens and closes the connection.
  const stream = useMemo(() => new PadStreamSource(url), [url]);
  const [status, setStatus] = useState<Status>({ seq: 0, language: null, connected: true });
  useEffect(() => {
    stream.start((change) => setStatus((current) => ({ ...current, ...change })));
    return () => stream.stop();
  }, [stream]);
  return { stream: stream as PadStream, ...status };
}
