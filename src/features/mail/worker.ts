import "server-only";
import type { Db } from "@/server/db";
import { claimDue, markFailed, markSent, type OutboxRow } from "./outbox";

// The mail worker of one app instance: woken when a message is queued (LISTEN on the outbox's
// channel) and by a slow poll as a safety net (a lost notification, a retry coming due). One run
// at a time per worker; several workers (instances) share the outbox safely because every claim
// is atomic (outbox.ts). A failed send is recorded on the row and retried later; it never reaches
// the user whose action queued the message, which committed long before.

export type SendMail = (row: OutboxRow) => Promise<void>;

export type MailWorkerOptions = {
  db: Db;
  send: SendMail;
  /** The clock: tests give their own. */
  now?: () => Date;
  pollMs?: number;
  batch?: number;
  /** How long a claim holds before another worker may take the message (a worker that died mid-send). */
  leaseMs?: number;
  /** Subscribes to "a message was queued"; returns the unsubscribe. */
  listen?: (wake: () => void) => () => void;
  log?: (message: string, error?: unknown) => void;
};

export type MailWorker = {
  /** Sends every due message, until none is left; resolves to how many were sent. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
};

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const now = options.now ?? (() => new Date());
  const batch = options.batch ?? 10;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const log = options.log ?? ((message: string, error?: unknown) => console.warn(message, error));
  let running: Promise<number> | null = null;
  let again = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let unlisten: (() => void) | null = null;

  async function drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const rows = await claimDue(options.db, now(), batch, leaseMs);
      for (const row of rows) {
        try {
          await options.send(row);
          await markSent(options.db, row.id, now());
          sent++;
        } catch (error) {
          log(`[mail] sending ${row.id} failed (attempt ${row.attempts})`, error);
          await markFailed(options.db, row, error, now());
        }
      }
      if (rows.length < batch) return sent;
    }
  }

  function runOnce(): Promise<number> {
    if (running) {
      // A wake-up during a run: run once more after it, so a message queued meanwhile is not left waiting for the poll.
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drain();
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const wake = () => {
    runOnce().catch((error) => log("[mail] the outbox could not be read", error));
  };

  return {
    runOnce,
    start() {
      if (timer) return;
      unlisten = options.listen?.(wake) ?? null;
      timer = setInterval(wake, options.pollMs ?? 30_000);
      timer.unref?.();
      wake();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      unlisten?.();
      unlisten = null;
      await running?.catch(() => undefined);
    },
  };
}
