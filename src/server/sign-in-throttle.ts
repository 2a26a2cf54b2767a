import "server-only";
import { db } from "@/server/db";

// Failed sign-ins per email live in the database, so every app instance counts the same.
// The first few failures pass; then each one waits longer; then the email is locked for a while.
export const THROTTLE = { freeFailures: 3, lockAfter: 6, lockMinutes: 15, stepMs: 500 } as const;

export type ThrottleVerdict = { locked: true; minutesLeft: number } | { locked: false; delayMs: number };

export async function checkThrottle(key: string, now = new Date()): Promise<ThrottleVerdict> {
  const row = await db.signInThrottle.findUnique({ where: { key } });
  if (row?.lockedUntil && row.lockedUntil > now) {
    return { locked: true, minutesLeft: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60_000) };
  }
  const failures = row?.lockedUntil ? 0 : (row?.failures ?? 0);
  return { locked: false, delayMs: Math.max(0, failures - THROTTLE.freeFailures + 1) * THROTTLE.stepMs };
}

export async function recordFailure(key: string, now = new Date()): Promise<void> {
  const row = await db.signInThrottle.upsert({
    where: { key },
    create: { key, failures: 1 },
    update: { failures: { increment: 1 } },
  });
  // A lock that has run out starts a fresh count.
  if (row.lockedUntil && row.lockedUntil <= now) {
    await db.signInThrottle.update({ where: { key }, data: { failures: 1, lockedUntil: null } });
    return;
  }
  if (row.failures >= THROTTLE.lockAfter) {
    await db.signInThrottle.update({
      where: { key },
      data: { lockedUntil: new Date(now.getTime() + THROTTLE.lockMinutes * 60_000) },
    });
  }
}

export async function clearFailures(key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
