import "server-only";
import { queueMail } from "@/features/mail/outbox";
import { audit } from "@/server/audit";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { countAttempt } from "@/server/shared-rate-limit";
import { z } from "zod";
import { secretTokenSchema } from "@/lib/ids";
import { claimAccountLink, isAccountLinkUsable, issueAccountLink } from "./account-links";

// A self-signed-up account proves its address before it can sign in
// (docs/decisions/email-verification.md): sign-up mails a verification link (single use, 72 h,
// account-links.ts). An address that already has an account gets a different mail, "someone
// tried to sign up with your address", instead, and the sign-up page answers the same in both cases.

export const VERIFY_INVALID = "This confirmation link is not valid any more (used, expired or replaced). Use “Forgot password” for a new link: it confirms the address too.";
export const EMAIL_VERIFIED = "Your email is confirmed. Sign in with the password you chose.";

/** "Someone tried to sign up" mails to one address per hour, at most: sign-up must not be a way to flood an inbox. */
const EXISTING_NOTICE_LIMIT = { max: 3, windowMs: 60 * 60 * 1000 };

export const verifyEmailSchema = z.object({ token: secretTokenSchema });

/** Queues the verification mail for a just-created account, in the sign-up's transaction. */
export async function queueVerification(tx: Tx, user: { id: string; email: string; name: string }, origin: string, now: Date): Promise<void> {
  const link = await issueAccountLink(tx, user.id, "VERIFY_EMAIL", origin, now);
  await queueMail(tx, {
    to: user.email,
    subject: "Confirm your email for Probe",
    body: `Hello ${user.name},\n\nConfirm this address to start practising on Probe (the link works once, for 72 hours):\n\n${link}\n\nThen sign in with the password you chose. If you did not sign up, ignore this message: the account stays locked and nobody can use it.`,
    reason: "someone signed up to Probe with your address",
  });
}

/**
 * Tells the owner of an address that already has an account that someone tried to sign up with
 * it (no link that changes anything: sign-in and "forgot password" are theirs to use). Counted
 * silently per address, so a refusal says nothing to whoever is signing up.
 */
export async function queueSignUpExistingNotice(tx: Tx, user: { id: string; email: string }, origin: string, now: Date): Promise<void> {
  const key = `sign-up:existing:${user.email}`;
  const count = (await countAttempt([{ key, windowMs: EXISTING_NOTICE_LIMIT.windowMs }], now)).get(key)!;
  if (count.hits > EXISTING_NOTICE_LIMIT.max) return;
  const signIn = new URL("/sign-in", origin).toString();
  const forgot = new URL("/forgot-password", origin).toString();
  await queueMail(tx, {
    to: user.email,
    subject: "Someone tried to sign up to Probe with your address",
    body: `Someone tried to create a Probe account with this address, which already has one. Nothing was created or changed.\n\nIf it was you, sign in here: ${signIn}\n\nForgot your password? Choose a new one here: ${forgot}\n\nIf it was not you, ignore this message.`,
    reason: "someone tried to sign up to Probe with your address",
  });
}

export function isVerifyTokenUsable(token: string, now = new Date()): Promise<boolean> {
  return isAccountLinkUsable(token, "VERIFY_EMAIL", now);
}

/** Confirms the address a verification link was sent to, and uses the link up. */
export async function verifyEmail(input: unknown, now = new Date()): Promise<{ email: string }> {
  const { token } = verifyEmailSchema.parse(input);
  return db.$transaction(async (tx) => {
    const link = await claimAccountLink(tx, token, "VERIFY_EMAIL", now);
    if (!link) throw new AppError("NOT_FOUND", VERIFY_INVALID);
    await tx.user.updateMany({ where: { id: link.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await audit({ actorId: link.userId, action: "auth.email-verified", targetType: "user", targetId: link.userId }, tx);
    return { email: link.email };
  });
}
