import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

// Counters of attempts per key, in PostgreSQL so every app instance counts the same. Each attempt
// is ONE statement that counts it against all its keys and returns the counts, so the decision is
// taken on a number no concurrent attempt can also have seen: twenty guesses sent at once are
// numbered 1 to 20, and only the first few get a password check (docs/decisions/sign-in-limits.md).
// A key's window starts at its first attempt and ends at resetAt; an attempt after that starts a new one.
// It costs a write per attempt, so it suits what is called now and then (sign-in, sign-up, practice
// feedback), not a hot path: the code pad's per-keystroke limit is src/server/rate-limit.ts.

export type Limit = { key: string; windowMs: number };
export type Count = { key: string; hits: number; resetAt: Date };

const iso = (date: Date) => date.toISOString();

/**
 * Counts one attempt against every key and returns each key's count, this attempt included.
 * Keys are locked in sorted order, so two attempts sharing keys can never deadlock.
 */
export async function countAttempt(limits: Limit[], now = new Date()): Promise<Map<string, Count>> {
  const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await db.$queryRaw<Count[]>`
    INSERT INTO "RateLimit" ("key", "hits", "resetAt")
    SELECT k, 1, r::timestamp(3)
    FROM unnest(${sorted.map((l) => l.key)}::text[], ${sorted.map((l) => iso(new Date(now.getTime() + l.windowMs)))}::text[]) AS t(k, r)
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."resetAt" <= ${iso(now)}::timestamp(3) THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${iso(now)}::timestamp(3) THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING "key", "hits", "resetAt"`;
  // Now and then, forget windows long over: keys are made by anyone (every email someone tries).
  if (Math.random() < 0.01) await forgetExpired(now);
  return new Map(rows.map((row) => [row.key, row]));
}

/** Takes an attempt back (it succeeded): the keys it counted against are one lower. */
export async function uncountAttempt(keys: string[]): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET "hits" = GREATEST("hits" - 1, 0) WHERE "key" = ANY(${keys}::text[])`;
}

/** Forgets keys altogether (a successful sign-in from a client clears that client's failures). */
export async function forgetKeys(keys: string[]): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ANY(${keys}::text[])`;
}

export async function forgetExpired(now = new Date()): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "resetAt" < ${iso(new Date(now.getTime() - 24 * 60 * 60_000))}::timestamp(3)`;
}

/** Whole minutes until a count's window ends, at least 1 (for "try again in N minutes"). */
export function minutesLeft(count: Count, now = new Date()): number {
  return Math.max(1, Math.ceil((count.resetAt.getTime() - now.getTime()) / 60_000));
}

/** Counts one request for `key` and refuses it (429) once `max` were made in the current window. */
export async function sharedRateLimit(key: string, { max, windowMs }: { max: number; windowMs: number }, message: string, now = new Date()): Promise<void> {
  const count = (await countAttempt([{ key, windowMs }], now)).get(key);
  if (count && count.hits > max) {
    const seconds = Math.max(1, Math.ceil((count.resetAt.getTime() - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", `${message} Try again in ${seconds} s.`);
  }
}
