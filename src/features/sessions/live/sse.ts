import "server-only";
import { log } from "@/server/log";
import { trackStream, type StreamKind } from "@/server/metrics";

// A server-sent-events response: headers that stop proxies and compression from buffering,
// a heartbeat comment so idle connections are not cut, and cleanup when the client goes away.

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-store: an event carries what the response would (model answers, on the cockpit's stream).
  "Cache-Control": "no-store, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(": heartbeat\n\n");

// A fan-out sends one event, the same string with the same revision, to every stream of a session
// (live/candidate-feed.ts, pad/pad-feed.ts): the bytes are encoded once for the lot, not once per
// stream (2,000 candidate streams, issue 19). Chunks are only ever read after they are queued.
let lastFrame: { data: string; revision: number; bytes: Uint8Array } | null = null;
function eventFrame(data: string, revision: number): Uint8Array {
  if (lastFrame?.data !== data || lastFrame.revision !== revision) lastFrame = { data, revision, bytes: encoder.encode(`id: ${revision}\ndata: ${data}\n\n`) };
  return lastFrame.bytes;
}
// EventSource waits this long before reconnecting after a dropped stream (browsers default to ~3 s).
const RETRY_MS = 1_000;

export type SseSink = {
  /** Sends one event; events with a revision at or below the last one sent are dropped. */
  send(data: string, revision: number): void;
  /** Sends an event without an id: it never moves the point a reconnecting client resumes from (a pad's cursors). */
  sendTransient(data: string): void;
  close(): void;
  readonly closed: boolean;
};

/**
 * `start` runs once the stream is open; it sends the first state and returns its cleanup. The
 * cleanup runs exactly once: on client disconnect, on `sink.close()`, or if `start` fails.
 */
export function sseResponse(signal: AbortSignal, kind: StreamKind, start: (sink: SseSink) => Promise<() => void>): Response {
  let cleanup: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let closed = false;
  let lastRevision = -1;
  // Counted open from the stream's start until it finishes or is cancelled (the metrics' gauge).
  let untrack: (() => void) | null = null;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (chunk: string | Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        } catch {
          finish();
        }
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        if (heartbeat) clearInterval(heartbeat);
        untrack?.();
        signal.removeEventListener("abort", finish);
        cleanup?.();
        cleanup = null;
        try {
          controller.close();
        } catch {
          // already closed by the runtime
        }
      };
      const sink: SseSink = {
        send(data, revision) {
          if (revision <= lastRevision) return;
          lastRevision = revision;
          write(eventFrame(data, revision));
        },
        sendTransient(data) {
          write(`data: ${data}\n\n`);
        },
        close: finish,
        get closed() {
          return closed;
        },
      };
      untrack = trackStream(kind);
      signal.addEventListener("abort", finish);
      write(`retry: ${RETRY_MS}\n\n`);
      heartbeat = setInterval(() => write(HEARTBEAT), HEARTBEAT_MS);
      try {
        const stop = await start(sink);
        if (closed) stop();
        else cleanup = stop;
      } catch (error) {
        log.warn("sse: stream failed to start", { kind, error });
        finish();
      }
    },
    cancel() {
      closed = true;
      if (heartbeat) clearInterval(heartbeat);
      untrack?.();
      cleanup?.();
      cleanup = null;
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
