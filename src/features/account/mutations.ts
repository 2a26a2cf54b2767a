import "server-only";
import { audit } from "@/server/audit";
import type { SessionUser } from "@/server/auth-gates";
import { revokeAuthSession, revokeUserSessions } from "@/server/auth-session";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/passwords";
import { countAttempt, forgetKeys, minutesLeft } from "@/server/shared-rate-limit";
import { changePasswordSchema, revokeSessionSchema } from "./schemas";

// Writes to one's own account (any role: the record rule is "one's own account", so they need
// no permission).

/** Wrong current passwords per user before the form waits: the same limiter as sign-in (issue 14). */
export const PASSWORD_CHANGE_LIMIT = { perUser: 5, windowMinutes: 15 } as const;

/**
 * Changes the signed-in user's own password. Every attempt is counted before the current
 * password is checked, so a stolen session cannot guess it at speed. Bumping authVersion and
 * revoking every session record signs them out everywhere. Returns the new password so the action
 * can sign this browser in again with it.
 */
export async function changePassword(user: SessionUser, input: unknown): Promise<{ newPassword: string }> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const key = `password-change:user:${user.id}`;
  const count = (await countAttempt([{ key, windowMs: PASSWORD_CHANGE_LIMIT.windowMinutes * 60_000 }])).get(key)!;
  if (count.hits > PASSWORD_CHANGE_LIMIT.perUser) {
    await audit({ actorId: user.id, action: "user.password-change-throttled", targetType: "user", targetId: user.id });
    throw new AppError("RATE_LIMITED", `Too many attempts to change your password. Try again in ${minutesLeft(count)} minutes.`);
  }
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, row.passwordHash))) {
    throw new AppError("VALIDATION", "Your current password is not right", { currentPassword: ["That is not your current password"] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, authVersion: { increment: 1 } } });
    await revokeUserSessions(tx, user.id);
    await audit({ actorId: user.id, action: "user.password-change", targetType: "user", targetId: user.id }, tx);
  });
  await forgetKeys([key]);
  return { newPassword };
}

/** Signs one of one's own browser sessions out (the account page's list). `input` is `{ sessionId }`. */
export async function revokeOwnSession(user: SessionUser, input: unknown): Promise<void> {
  const { sessionId } = revokeSessionSchema.parse(input);
  const session = await db.authSession.findFirst({ where: { id: sessionId, userId: user.id, revokedAt: null }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND", "No such signed-in session");
  await revokeAuthSession(session.id);
  await audit({ actorId: user.id, action: "auth.session-revoke", targetType: "authSession", targetId: session.id });
}
