import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

// Fixed-window request limits kept in PostgreSQL, shared by every app instance: a limit held in
// one process's memory would let each instance allow its own share. One statement per request: it
// starts a new window when the old one is over, or counts one more in the current one, under the
// row's lock, so parallel requests cannot slip past the limit. It costs a write per request, so it
// suits endpoints called now and then (practice feedback), not a hot path.

export type Limit = { max: number; windowMs: number };

/** Counts one request for `key` and refuses it (429) once `max` were made in the current window. */
export async function sharedRateLimit(key: string, { max, windowMs }: Limit, message: string, now = new Date()): Promise<void> {
  const windowStartsAfter = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartsAfter} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartsAfter} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  if (row && row.count > max) {
    const seconds = Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", `${message} Try again in ${seconds} s.`);
  }
}
