import "server-only";
import { sessionEvents, type SessionChange } from "@/server/events";
import { log } from "@/server/log";
import { observeFanout } from "@/server/metrics";
import { isFinished } from "../state";
import { candidateStateById, linkIsLive, type CandidateState } from "./candidate-queries";

// Fans one session's candidate state out to every candidate stream of that session on this
// instance. A change notification triggers ONE read per session, however many streams are open
// (500 candidates over 50 sessions is 50 reads, not 500), and every stream gets the same string.
// Reads are coalesced: a notification during a read queues exactly one more read after it.

export type CandidateSink = {
  /** The token hash this stream was opened with; a regenerated link closes the old streams. */
  tokenHash: string;
  send(payload: string, revision: number): void;
  close(): void;
};

type Snapshot = { state: CandidateState | null; payload: string | null };

type Channel = {
  sinks: Set<CandidateSink>;
  unsubscribe: () => void;
  reading: Promise<Snapshot> | null;
  again: boolean;
  latest: Snapshot | null;
  /** When the earliest change not yet covered by a read was notified (the fan-out lag's start). */
  pendingSince: number | null;
};

const globalForFeed = globalThis as unknown as { probeCandidateFeed?: Map<string, Channel> };
const channels = (globalForFeed.probeCandidateFeed ??= new Map());

async function readSnapshot(sessionId: string): Promise<Snapshot> {
  const state = await candidateStateById(sessionId);
  return { state, payload: state ? JSON.stringify(state.view) : null };
}

function deliver(sessionId: string, channel: Channel, snapshot: Snapshot) {
  channel.latest = snapshot;
  const { state, payload } = snapshot;
  for (const sink of [...channel.sinks]) {
    // Gone, a regenerated link, or a link past its expiry (the closing screen of an ended session still goes out).
    const expired = !!state && !isFinished(state.view.status) && !linkIsLive(state);
    if (!state || !payload || sink.tokenHash !== state.tokenHash || expired) {
      detach(sessionId, sink);
      sink.close();
      continue;
    }
    sink.send(payload, state.view.revision);
  }
  // The closing screen is the last thing a candidate stream carries.
  if (state && isFinished(state.view.status)) {
    for (const sink of [...channel.sinks]) {
      detach(sessionId, sink);
      sink.close();
    }
  }
}

/**
 * Starts a read unless one is running. A change during a running read schedules one more (the
 * running one may predate the change); a new stream simply joins the running read.
 */
function refresh(sessionId: string, channel: Channel, afterChange: boolean): Promise<Snapshot> {
  if (channel.reading) {
    if (afterChange) channel.again = true;
    return channel.reading;
  }
  // The changes heard before this read starts are the ones it delivers.
  const since = channel.pendingSince;
  channel.pendingSince = null;
  const reading = readSnapshot(sessionId)
    .then((snapshot) => {
      if (channels.get(sessionId) === channel) {
        deliver(sessionId, channel, snapshot);
        observeFanout("candidate", since);
      }
      return snapshot;
    })
    .catch((error: unknown) => {
      log.warn("live: reading a session for its candidates failed", { sessionId, error });
      return channel.latest ?? { state: null, payload: null };
    })
    .finally(() => {
      channel.reading = null;
      if (channel.again && channels.get(sessionId) === channel) {
        channel.again = false;
        void refresh(sessionId, channel, true);
      }
    });
  channel.reading = reading;
  return reading;
}

function detach(sessionId: string, sink: CandidateSink) {
  const channel = channels.get(sessionId);
  if (!channel) return;
  channel.sinks.delete(sink);
  if (channel.sinks.size === 0) {
    channel.unsubscribe();
    channels.delete(sessionId);
  }
}

/**
 * Adds a candidate stream to its session's channel and sends it the current state. Returns the
 * function that removes it (on disconnect).
 */
export async function attachCandidate(sessionId: string, sink: CandidateSink): Promise<() => void> {
  let channel = channels.get(sessionId);
  if (!channel) {
    const created: Channel = { sinks: new Set(), unsubscribe: () => undefined, reading: null, again: false, latest: null, pendingSince: null };
    created.unsubscribe = sessionEvents().subscribe(sessionId, (change: SessionChange) => {
      created.pendingSince ??= change.at ?? null;
      void refresh(sessionId, created, true);
    });
    channels.set(sessionId, created);
    channel = created;
  }
  channel.sinks.add(sink);
  // Listening before reading: a change committed after this read is then certain to be heard.
  await sessionEvents().listening();
  // A fresh stream joins a read in flight or starts one; `deliver` sends it to every sink,
  // including this one, so the first message is the current state.
  await refresh(sessionId, channel, false);
  return () => detach(sessionId, sink);
}

/** Open candidate streams and session channels on this instance (for tests and diagnostics). */
export function feedStats(): { sessions: number; streams: number } {
  let streams = 0;
  for (const channel of channels.values()) streams += channel.sinks.size;
  return { sessions: channels.size, streams };
}
