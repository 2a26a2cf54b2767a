import "server-only";
import { z } from "zod";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { BLIND_MODES, DEFAULT_BLIND_MODE, type BlindMode } from "./policy";
import { blindModeSchema } from "./schemas";

// The blind review mode lives in the Setting table under one key, so every app instance reads
// the same value. A missing or unreadable value means the default, never an error.
export const BLIND_REVIEW_KEY = "blindReview";

/**
 * The mode in force. Not protected data (every scorecard page says which mode applies), so it
 * takes no user: the blind rule's reads and the settings page both start from it.
 */
export async function getBlindMode(): Promise<BlindMode> {
  const row = await db.setting.findUnique({ where: { key: BLIND_REVIEW_KEY }, select: { value: true } });
  return z.enum(BLIND_MODES).catch(DEFAULT_BLIND_MODE).parse(row?.value ?? DEFAULT_BLIND_MODE);
}

export async function setBlindMode(user: SessionUser, input: unknown): Promise<BlindMode> {
  assertCan(user, "settings:manage");
  const { mode } = blindModeSchema.parse(input);
  const before = await getBlindMode();
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: BLIND_REVIEW_KEY }, create: { key: BLIND_REVIEW_KEY, value: mode }, update: { value: mode } });
    await audit({ actorId: user.id, action: "settings.update", targetType: "setting", targetId: BLIND_REVIEW_KEY, details: { from: before, to: mode } }, tx);
  });
  return mode;
}
