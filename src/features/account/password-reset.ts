import "server-only";
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
import { sharedRateLimit } from "@/server/shared-rate-limit";
import { claimAccountLink, isAccountLinkUsable, issueAccountLink, LINK_PATHS, LINK_TTL_MS } from "./account-links";

// Password reset by mail: "forgot password" on the sign-in page, or an admin's "send reset link".
// The link (account-links.ts) carries a 256-bit token; only its sha256 is stored; it works once, for an hour. The
// request answers the same whether or not the email has an account (no enumeration), and is
// limited per address and per email with the shared counters (src/server/shared-rate-limit.ts).

export const RESET_TTL_MS = LINK_TTL_MS.RESET;
export const RESET_REQUESTED = "If an active account has this email, a reset link is on its way. It works once, for an hour.";
export const RESET_INVALID = "This reset link is not valid any more (used, expired or replaced). Ask for a new one.";
const LIMIT = { max: 5, windowMs: 60 * 60 * 1000 };

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: secretTokenSchema, password: newPasswordSchema });
const userIdSchema = z.object({ userId: idSchema });

export const resetPath = LINK_PATHS.RESET;

async function queueReset(tx: Tx, user: { id: string; email: string }, origin: string, reason: string, now: Date): Promise<void> {
  const link = await issueAccountLink(tx, user.id, "RESET", origin, now);
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

/** Whether a reset link still works (the page shows the form or says it is dead). */
export function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  return isAccountLinkUsable(token, "RESET", now);
}

/**
 * Sets a password through a mailed link (a reset or an admin-created account's welcome link) and
 * uses the link up; every signed-in browser of the account is signed out. Following the link
 * showed the inbox is the owner's, so the address counts as verified from here on. Returns the
 * account's email (the welcome page signs the person in with it).
 */
export async function setPasswordByLink(purpose: "RESET" | "WELCOME", input: unknown, invalid: string, now = new Date()): Promise<{ email: string }> {
  const { token, password } = resetPasswordSchema.parse(input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const link = await claimAccountLink(tx, token, purpose, now);
    if (!link) throw new AppError("NOT_FOUND", invalid);
    const before = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: { emailVerifiedAt: true } });
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash, authVersion: { increment: 1 }, emailVerifiedAt: before.emailVerifiedAt ?? now } });
    await revokeUserSessions(tx, link.userId, now);
    await audit({ actorId: link.userId, action: purpose === "RESET" ? "auth.password-reset" : "auth.welcome-link-used", targetType: "user", targetId: link.userId }, tx);
    return { email: link.email };
  });
}

/** Sets the new password and uses the link up; every signed-in browser of the account is signed out. */
export async function resetPassword(input: unknown, now = new Date()): Promise<void> {
  await setPasswordByLink("RESET", input, RESET_INVALID, now);
}
