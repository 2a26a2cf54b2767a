import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { PasswordTokenPurpose } from "@/generated/prisma/client";
import { secretTokenSchema } from "@/lib/ids";
import { db, type Tx } from "@/server/db";
import { hashSecretToken, newSecretToken } from "@/server/secret-tokens";

// The account links mailed to a person: a password reset, an admin-created account's welcome
// (sign-in) link, a sign-up's email verification. One table, one machinery: 256 random bits,
// only the sha256 stored, single use (claimed in one statement), expiring, compared in constant
// time. A new link of any purpose replaces every unused one of the account: the newest mail is
// the one that works, and a reset (which proves the inbox too) ends a pending verification.

export type AccountLinkPurpose = PasswordTokenPurpose;

export const LINK_TTL_MS: Record<AccountLinkPurpose, number> = {
  RESET: 60 * 60 * 1000,
  // Sent by an admin to someone who may not read mail today: three days.
  WELCOME: 72 * 60 * 60 * 1000,
  VERIFY_EMAIL: 72 * 60 * 60 * 1000,
};

export const LINK_PATHS: Record<AccountLinkPurpose, (token: string) => string> = {
  RESET: (token) => `/reset-password/${token}`,
  WELCOME: (token) => `/welcome/${token}`,
  VERIFY_EMAIL: (token) => `/verify-email/${token}`,
};

/** Makes a link for the account (replacing any unused one) and returns its absolute URL: the token exists only here. */
export async function issueAccountLink(tx: Tx, userId: string, purpose: AccountLinkPurpose, origin: string, now: Date): Promise<string> {
  const token = newSecretToken();
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.passwordToken.create({ data: { userId, purpose, tokenHash: hashSecretToken(token), expiresAt: new Date(now.getTime() + LINK_TTL_MS[purpose]) } });
  return new URL(LINK_PATHS[purpose](token), origin).toString();
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The row a token names, for this purpose, whatever its state (null for a malformed or unknown token). */
async function findLink(client: Tx | typeof db, token: string, purpose: AccountLinkPurpose) {
  if (!secretTokenSchema.safeParse(token).success) return null;
  const hash = hashSecretToken(token);
  const row = await client.passwordToken.findUnique({
    where: { tokenHash: hash },
    select: { id: true, userId: true, purpose: true, tokenHash: true, usedAt: true, expiresAt: true, user: { select: { email: true, active: true } } },
  });
  // The lookup is by an index on the hash; the compare after it is constant-time all the same,
  // so nothing about how much of a guess matched leaks through timing.
  if (!row || !sameHash(row.tokenHash, hash) || row.purpose !== purpose) return null;
  return row;
}

/** Whether a link still works (its page shows the form, or says it is dead). */
export async function isAccountLinkUsable(token: string, purpose: AccountLinkPurpose, now = new Date()): Promise<boolean> {
  const row = await findLink(db, token, purpose);
  return Boolean(row && !row.usedAt && row.expiresAt > now && row.user.active);
}

/**
 * Uses a link up, inside the caller's transaction, and returns its account; null when it is
 * unknown, used, expired or of another purpose. Claimed in one statement: of two submissions at
 * once, one wins.
 */
export async function claimAccountLink(tx: Tx, token: string, purpose: AccountLinkPurpose, now: Date): Promise<{ userId: string; email: string } | null> {
  const row = await findLink(tx, token, purpose);
  if (!row || !row.user.active) return null;
  const claimed = await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return claimed.count === 1 ? { userId: row.userId, email: row.user.email } : null;
}
