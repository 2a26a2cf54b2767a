import "server-only";
import { log as logLine } from "@/server/log";

// Jobs the app runs by itself, on a timer, in every instance (src/instrumentation.ts starts them).
// A job must be safe to run on several instances at once (row locks, SKIP LOCKED) and must take
// its notion of "now" from the argument, so a test can run it at any time it likes. This runner
// only keeps time: one run of a job at a time, the first soon after start, errors logged and the
// next run tried as usual.

export type Job = { name: string; everyMs: number; run: (now: Date) => Promise<unknown> };

export type SchedulerOptions = {
  /** The clock handed to each run (tests give their own). */
  now?: () => Date;
  /** Delay before the first run, so a starting instance serves requests first. */
  firstRunAfterMs?: number;
  log?: (message: string, error?: unknown) => void;
};

/** Starts the jobs; returns a function that stops them (a run in progress finishes). */
export function startJobs(jobs: readonly Job[], options: SchedulerOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string, error?: unknown) => logLine.error(message, { error }));
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  let stopped = false;

  for (const job of jobs) {
    let running = false;
    const tick = async () => {
      if (stopped || running) return;
      running = true;
      try {
        await job.run(now());
      } catch (error) {
        log(`[jobs] ${job.name} failed; it runs again in ${Math.round(job.everyMs / 1000)} s`, error);
      } finally {
        running = false;
      }
    };
    timers.push(setTimeout(() => void tick(), options.firstRunAfterMs ?? 60_000));
    const interval = setInterval(() => void tick(), job.everyMs);
    // A timer must not keep a process alive that is otherwise done (scripts, tests).
    interval.unref?.();
    timers.push(interval);
  }
  timers.forEach((timer) => timer.unref?.());

  return () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
  };
}
