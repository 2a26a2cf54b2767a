import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { queueMail } from "@/features/mail/outbox";
import { emailSchema, newPasswordSchema } from "@/lib/credentials";
import { idSchema, secretTokenSchema } from "@/lib/ids";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { revokeUserSessions } from "@/server/auth-session";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/passwords";
import { hashSecretToken, newSecretToken } from "@/server/secret-tokens";
import { sharedRateLimit } from "@/server/shared-rate-limit";

// Password reset by mail: "forgot password" on the sign-in page, or an admin's "send reset link".
// The link carries a 256-bit token; only its sha256 is stored; it works once, for an hour. The
// request answers the same whether or not the email has an account (no enumeration), and is
// limited per address and per email with the shared counters (src/server/shared-rate-limit.ts).

export const RESET_TTL_MS = 60 * 60 * 1000;
export const RESET_REQUESTED = "If an active account has this email, a reset link is on its way. It works once, for an hour.";
export const RESET_INVALID = "This reset link is not valid any more (used, expired or replaced). Ask for a new one.";
const LIMIT = { max: 5, windowMs: 60 * 60 * 1000 };

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: secretTokenSchema, password: newPasswordSchema });
const userIdSchema = z.object({ userId: idSchema });

export const resetPath = (token: string) => `/reset-password/${token}`;

async function queueReset(tx: Tx, user: { id: string; email: string }, origin: string, reason: string, now: Date): Promise<void> {
  const token = newSecretToken();
  // A new link replaces any unused one.
  await tx.passwordToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
  await tx.passwordToken.create({ data: { userId: user.id, tokenHash: hashSecretToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS) } });
  const link = new URL(resetPath(token), origin).toString();
  await queueMail(tx, {
    to: user.email,
    subject: "Reset your Probe password",
    body: `Choose a new password here (the link works once, for an hour):\n\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.`,
    reason,
  });
}

export async function requestPasswordReset(input: unknown, client: { address: string }, origin: string, now = new Date()): Promise<{ message: string }> {
  const { email } = forgotPasswordSchema.parse(input);
  await sharedRateLimit(`reset:client:${client.address}`, LIMIT, "Too many reset requests from your network.", now);
  // Per email too, silently: a refusal here would say the email is being reset.
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, active: true } });
    if (!user?.active) return;
    const recent = await tx.passwordToken.count({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - LIMIT.windowMs) } } });
    if (recent >= LIMIT.max) return;
    await queueReset(tx, user, origin, "someone asked to reset the password of your Probe account", now);
    await audit({ actorId: null, action: "auth.password-reset-requested", targetType: "user", targetId: user.id, details: { address: client.address } }, tx);
  });
  return { message: RESET_REQUESTED };
}

/** An admin sends a user the reset mail (Admin → Users). */
export async function sendResetLink(actor: SessionUser, input: unknown, origin: string, now = new Date()): Promise<void> {
  assertCan(actor, "users:manage");
  const { userId } = userIdSchema.parse(input);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, active: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user");
    if (!user.active) throw new AppError("CONFLICT", "The account is deactivated; activate it first");
    await queueReset(tx, user, origin, "an admin of Probe sent you a password reset link", now);
    await audit({ actorId: actor.id, action: "auth.password-reset-requested", targetType: "user", targetId: user.id, details: { by: "admin" } }, tx);
  });
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Whether a reset link still works (the page shows the form or says it is dead). */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!secretTokenSchema.safeParse(token).success) return false;
  const hash = hashSecretToken(token);
  const row = await db.passwordToken.findUnique({ where: { tokenHash: hash }, select: { tokenHash: true, usedAt: true, expiresAt: true } });
  return Boolean(row && sameHash(row.tokenHash, hash) && !row.usedAt && row.expiresAt > now);
}

/** Sets the new password and uses the link up; every signed-in browser of the account is signed out. */
export async function resetPassword(input: unknown, now = new Date()): Promise<void> {
  const { token, password } = resetPasswordSchema.parse(input);
  const hash = hashSecretToken(token);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const row = await tx.passwordToken.findUnique({ where: { tokenHash: hash }, select: { id: true, userId: true, tokenHash: true } });
    if (!row || !sameHash(row.tokenHash, hash)) throw new AppError("NOT_FOUND", RESET_INVALID);
    // Used up in one statement: of two submissions at once, one wins.
    const claimed = await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", RESET_INVALID);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, authVersion: { increment: 1 } } });
    await revokeUserSessions(tx, row.userId, now);
    await audit({ actorId: row.userId, action: "auth.password-reset", targetType: "user", targetId: row.userId }, tx);
  });
}
