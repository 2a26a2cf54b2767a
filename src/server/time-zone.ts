import "server-only";
import { cache } from "react";
import { usableTimeZone } from "@/lib/time-zone";
import { db } from "@/server/db";

// Server-rendered pages show dates in the viewer's zone, read from their profile once per request.
// (Apart from src/server/auth.ts on purpose: "who is signed in" and "how they read dates" change
// for different reasons.)

/** The zone saved in the user's profile, or null when none is saved yet (the browser's is then detected). */
export const savedTimeZone = cache(async (userId: string): Promise<string | null> => {
  const row = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return row?.timeZone ?? null;
});

/** `{ timeZone }` for the format functions: the user's zone, UTC until one is saved. */
export async function viewerTimeZone(user: { id: string }): Promise<{ timeZone: string }> {
  return { timeZone: usableTimeZone(await savedTimeZone(user.id)) };
}
