import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { timeZoneInputSchema } from "./schemas";

// The signed-in user's own time zone (any role: the record rule is "one's own profile", so it
// needs no permission). Every date and time is shown in it (src/server/time-zone.ts reads it).

/** The zone chosen on the Account page. */
export async function setTimeZone(user: SessionUser, input: unknown): Promise<{ timeZone: string }> {
  const { timeZone } = timeZoneInputSchema.parse(input);
  await db.user.update({ where: { id: user.id }, data: { timeZone } });
  return { timeZone };
}

/**
 * The browser's zone, saved only while the profile has none: detected once, on the first signed-in
 * page, and never over a zone the user chose (a laptop on a trip keeps the chosen one).
 */
export async function saveDetectedTimeZone(user: SessionUser, input: unknown): Promise<{ saved: boolean }> {
  const { timeZone } = timeZoneInputSchema.parse(input);
  const { count } = await db.user.updateMany({ where: { id: user.id, timeZone: null }, data: { timeZone } });
  return { saved: count === 1 };
}
