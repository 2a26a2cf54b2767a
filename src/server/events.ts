import "server-only";
import pg from "pg";
import { env } from "@/env";
import { log } from "@/server/log";
import type { Tx } from "@/server/db";

// Live-session fan-out across app instances. A transition commits with
// `pg_notify('probe_session', {id, rev})`; every instance keeps ONE dedicated connection LISTENing
// (not Prisma's pool: a pooled connection is handed back and its LISTEN with it) and calls the
// subscribers of that session. After a dropped connection it reconnects with backoff and tells
// every subscriber to re-read, since notifications sent meanwhile are lost.

export const SESSION_CHANNEL = "probe_session";
/**
 * A user's access changed (deactivated, role or password changed, a browser session revoked): the
 * payload is the user's id. Event streams of that user re-check it at once (src/server/stream-guard.ts).
 */
export const USER_CHANNEL = "probe_user";
/** Code pad changes (src/features/sessions/pad): `{id: sessionQuestionId, rev: update number | null}`. */
export const PAD_CHANNEL = "probe_pad";

/**
 * `rev` is null when the listener reconnected and the subscriber must re-read whatever it holds.
 * `at` is when the change was notified, in ms since the epoch by the database's clock: the
 * `pg_notify` runs in the writing transaction just before its commit, so it stands for the commit
 * time (a little early, never late); the fan-out lag metric is measured from it.
 */
export type SessionChange = { id: string; rev: number | null; at?: number | null };
type Listener = (change: SessionChange) => void;

const MAX_BACKOFF_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SessionEventHub = {
  subscribe(sessionId: string, onChange: Listener): () => void;
  /**
   * Hears every session's changes (per-instance caches). `null` means notifications may have been
   * lost (the listener reconnected): forget everything.
   */
  subscribeAll(onChange: (change: SessionChange | null) => void): () => void;
  /** Hears changes to one user's access; called with no argument after a reconnect (re-check). */
  subscribeUser(userId: string, onChange: () => void): () => void;
  /** Resolves once LISTEN is in place, so a caller can read state knowing no later change is missed. */
  listening(): Promise<void>;
  subscriberCount(): number;
  close(): Promise<void>;
};

/** A hub on one channel; every payload is `{id, rev}`. The pad hub is the same machinery on PAD_CHANNEL. */
export function createSessionEventHub(connectionString: string, channel: string = SESSION_CHANNEL): SessionEventHub {
  const listeners = new Map<string, Set<Listener>>();
  const allListeners = new Set<(change: SessionChange | null) => void>();
  const userListeners = new Map<string, Set<() => void>>();
  let client: pg.Client | null = null;
  let ready: Promise<void> | null = null;
  let closed = false;

  function dispatch(change: SessionChange) {
    for (const listener of [...allListeners, ...(listeners.get(change.id) ?? [])]) {
      try {
        listener(change);
      } catch (error) {
        log.warn("events: a subscriber failed", { error });
      }
    }
  }

  function dispatchUser(userId: string) {
    for (const listener of [...(userListeners.get(userId) ?? [])]) {
      try {
        listener();
      } catch (error) {
        log.warn("events: a user subscriber failed", { error });
      }
    }
  }

  function onNotification(message: pg.Notification) {
    if (message.channel === USER_CHANNEL && message.payload) return dispatchUser(message.payload);
    if (message.channel !== channel || !message.payload) return;
    try {
      const payload = JSON.parse(message.payload) as { id?: unknown; rev?: unknown; at?: unknown };
      if (typeof payload.id !== "string") return;
      dispatch({ id: payload.id, rev: typeof payload.rev === "number" ? payload.rev : null, at: typeof payload.at === "number" ? payload.at : null });
    } catch {
      log.warn("events: ignored a malformed notification", { channel: message.channel });
    }
  }

  async function connectOnce(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString, keepAlive: true, application_name: "probe-events" });
    // Without an 'error' listener a dropped connection would crash the process.
    next.on("error", () => undefined);
    try {
      await next.connect();
      next.on("notification", onNotification);
      await next.query(`LISTEN ${channel}`);
      // Access changes travel with session events: the streams that re-check their user use this hub.
      if (channel === SESSION_CHANNEL) await next.query(`LISTEN ${USER_CHANNEL}`);
      return next;
    } catch (error) {
      next.end().catch(() => undefined);
      throw error;
    }
  }

  async function connect(isReconnect: boolean): Promise<void> {
    for (let attempt = 0; !closed; attempt++) {
      try {
        const connected = await connectOnce();
        if (closed) {
          await connected.end();
          return;
        }
        client = connected;
        connected.once("end", () => onDropped(connected));
        connected.once("error", () => onDropped(connected));
        if (isReconnect) {
          for (const listener of allListeners) listener(null);
          for (const id of listeners.keys()) dispatch({ id, rev: null });
          for (const id of userListeners.keys()) dispatchUser(id);
        }
        return;
      } catch (error) {
        const wait = Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt);
        log.warn("events: LISTEN connection failed; retrying", { channel, retryInMs: wait, error });
        await sleep(wait);
      }
    }
  }

  function onDropped(dropped: pg.Client) {
    if (client !== dropped || closed) return;
    client = null;
    dropped.end().catch(() => undefined);
    log.warn("events: LISTEN connection lost; reconnecting", { channel });
    ready = connect(true);
  }

  function ensure(): Promise<void> {
    ready ??= connect(false);
    return ready;
  }

  return {
    subscribe(sessionId, onChange) {
      let set = listeners.get(sessionId);
      if (!set) listeners.set(sessionId, (set = new Set()));
      set.add(onChange);
      void ensure();
      return () => {
        set.delete(onChange);
        if (set.size === 0 && listeners.get(sessionId) === set) listeners.delete(sessionId);
      };
    },
    subscribeUser(userId, onChange) {
      let set = userListeners.get(userId);
      if (!set) userListeners.set(userId, (set = new Set()));
      set.add(onChange);
      void ensure();
      return () => {
        set.delete(onChange);
        if (set.size === 0 && userListeners.get(userId) === set) userListeners.delete(userId);
      };
    },
    subscribeAll(onChange) {
      allListeners.add(onChange);
      void ensure();
      return () => void allListeners.delete(onChange);
    },
    listening: ensure,
    subscriberCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
    async close() {
      closed = true;
      listeners.clear();
      allListeners.clear();
      userListeners.clear();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}

// One hub per channel per process, kept on globalThis so development reloads do not multiply connections.
const globalForEvents = globalThis as unknown as { probeSessionEvents?: SessionEventHub; probePadEvents?: SessionEventHub };

export function sessionEvents(): SessionEventHub {
  globalForEvents.probeSessionEvents ??= createSessionEventHub(env.DATABASE_URL);
  return globalForEvents.probeSessionEvents;
}

/** Code pad changes, on a listener of their own so a pad's keystrokes never wake session subscribers. */
export function padEvents(): SessionEventHub {
  globalForEvents.probePadEvents ??= createSessionEventHub(env.DATABASE_URL, PAD_CHANNEL);
  return globalForEvents.probePadEvents;
}

/** Closes this process's listeners (shutdown, tests); the next subscriber opens a new one. */
export async function closeSessionEvents(): Promise<void> {
  const hubs = [globalForEvents.probeSessionEvents, globalForEvents.probePadEvents];
  globalForEvents.probeSessionEvents = undefined;
  globalForEvents.probePadEvents = undefined;
  await Promise.all(hubs.map((hub) => hub?.close()));
}

/**
 * Queues the change event inside the caller's transaction: Postgres delivers it on commit and
 * drops it on rollback, so no one hears of a transition that did not happen.
 */
export async function notifySessionChange(tx: Tx, sessionId: string): Promise<void> {
  await tx.$executeRaw`
    SELECT pg_notify(${SESSION_CHANNEL}, json_build_object('id', "id", 'rev', "revision", 'at', (extract(epoch from clock_timestamp()) * 1000)::bigint)::text)
    FROM "InterviewSession" WHERE "id" = ${sessionId}`;
}

/** Queues a user-change event in the caller's transaction (delivered on commit, like the above). */
export async function notifyUserChange(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${USER_CHANNEL}, ${userId})`;
}
