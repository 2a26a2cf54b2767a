import "server-only";
import { sessionEvents, type SessionChange, type SessionEventHub } from "@/server/events";
import { candidateStateByToken, linkIsLive, type CandidateState } from "./candidate-queries";
import type { CandidateView } from "./candidate-types";
import { hashJoinToken, isWellFormedToken } from "./token";

// A small per-instance cache of the candidate's state by token hash, for GET /api/live/:token,
// which a candidate's page polls and which a crowd of candidates hits at once. Instances stay
// stateless: every instance already hears every session change (LISTEN/NOTIFY, server/events.ts),
// and a change drops that session's entries here, whichever instance made it. The TTL is only a
// safety net for a change that did not notify; the size bound keeps memory flat.
//
// Staleness argument: an entry is stored only if no change of its session was heard while it was
// being read. A change committed before the read started is in the read; one committed after the
// read's snapshot notifies after its commit, so either during the read (entry not stored) or after
// it (entry dropped). LISTEN is in place before the first read, so no notification is missed.

const MAX_ENTRIES = 1_000;
const TTL_MS = 5_000;

type Entry = { state: CandidateState; expiresAt: number };

type Cache = {
  entries: Map<string, Entry>;
  /** Session ids heard during each read in flight. */
  inFlight: Set<Set<string>>;
  /** The hub this cache listens on; a closed and reopened hub (tests) starts the cache over. */
  hub: SessionEventHub | null;
};

const globalForCache = globalThis as unknown as { probeCandidateCache?: Cache };
const cache: Cache = (globalForCache.probeCandidateCache ??= { entries: new Map(), inFlight: new Set(), hub: null });

function onChange(change: SessionChange | null) {
  if (!change) {
    cache.entries.clear();
    for (const heard of cache.inFlight) heard.add("*");
    return;
  }
  forgetCandidateSession(change.id);
  for (const heard of cache.inFlight) heard.add(change.id);
}

/** Drops a session's entries now (the instance that ends a session need not wait for its own notification). */
export function forgetCandidateSession(sessionId: string): void {
  for (const [hash, entry] of cache.entries) if (entry.state.sessionId === sessionId) cache.entries.delete(hash);
}

/** The time-dependent field is stamped at send time, so a cached view never carries an old clock. */
function stamped(state: CandidateState, now: Date): CandidateState {
  const { view } = state;
  const timing: CandidateView["timing"] = view.timing && { ...view.timing, serverNow: now.toISOString() };
  return { ...state, view: { ...view, timing } };
}

/**
 * The candidate's state for a join token (as candidateStateByToken), served from this instance's
 * cache when a fresh entry exists. Ended sessions and unknown tokens are never cached.
 */
export async function cachedCandidateStateByToken(token: string): Promise<CandidateState | null> {
  if (!isWellFormedToken(token)) return null;
  const hash = hashJoinToken(token);
  const now = Date.now();
  const hit = cache.entries.get(hash);
  if (hit && hit.expiresAt > now && linkIsLive(hit.state)) {
    // Re-inserting keeps Map order = least recently used first.
    cache.entries.delete(hash);
    cache.entries.set(hash, hit);
    return stamped(hit.state, new Date());
  }
  if (hit) cache.entries.delete(hash);

  const hub = sessionEvents();
  if (cache.hub !== hub) {
    cache.hub = hub;
    cache.entries.clear();
    hub.subscribeAll(onChange);
  }
  await hub.listening();
  const heard = new Set<string>();
  cache.inFlight.add(heard);
  let state: CandidateState | null;
  try {
    state = await candidateStateByToken(token);
  } finally {
    cache.inFlight.delete(heard);
  }
  if (state && !heard.has(state.sessionId) && !heard.has("*")) {
    cache.entries.set(hash, { state, expiresAt: Date.now() + TTL_MS });
    if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  }
  return state;
}

/** For tests: entries held, and a way to start empty. */
export function candidateCacheSize(): number {
  return cache.entries.size;
}

export function clearCandidateCache(): void {
  cache.entries.clear();
}
