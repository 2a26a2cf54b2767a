import "server-only";
import { signInSchema } from "@/lib/credentials";
import { audit } from "@/server/audit";
import { openAuthSession } from "@/server/auth-session";
import { db } from "@/server/db";
import { burnPasswordCheck, verifyPassword } from "@/server/passwords";
import { countAttempt, forgetKeys, minutesLeft, uncountAttempt, type Count } from "@/server/shared-rate-limit";

// The credentials check behind Auth.js's sign-in, with its limits (docs/decisions/sign-in-limits.md).
// Every attempt is counted BEFORE its password is checked, in one statement, against three keys:
//   - the account from this client address: a handful of tries, then this client waits out the window;
//   - the client address, whatever the account: password spraying from one place is capped;
//   - the account from anywhere: past a threshold the account is "under attack", and then only a
//     client with no attempts left in its window (a clean one) is checked, after a short delay.
// So an attacker locks only themself out, for as long as they keep trying plus one window, and
// the account's owner, from their own clean browser, still gets in.

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccountFromClient: 6,
  perClient: 30,
  perAccount: 10,
  underAttackDelayMs: 1_000,
} as const;

export type SignInClient = { address: string; userAgent: string };
export type SignedInUser = { id: string; email: string; name: string; role: string; authVersion: number; sid: string };
export type SignInRefusal = { reason: "invalid" } | { reason: "unverified" } | { reason: "locked"; scope: "account" | "client"; minutes: number };
export type SignInResult = { ok: true; user: SignedInUser } | ({ ok: false } & SignInRefusal);

type Keys = { pair: string; client: string; account: string };

const keysFor = (email: string, address: string): Keys => ({
  pair: `sign-in:account-client:${email}|${address}`,
  client: `sign-in:client:${address}`,
  account: `sign-in:account:${email}`,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What to do with an attempt, from its counts (this attempt included). Pure: the table test's subject. */
export function judgeAttempt(counts: { pair: number; client: number; account: number }): { check: true; delayMs: number } | { check: false; scope: "account" | "client" } {
  const limits = SIGN_IN_LIMITS;
  if (counts.pair > limits.perAccountFromClient) return { check: false, scope: "account" };
  if (counts.client > limits.perClient) return { check: false, scope: "client" };
  if (counts.account > limits.perAccount) {
    // Under attack: only a client with nothing else counted in its window gets a check.
    return counts.client === 1 ? { check: true, delayMs: limits.underAttackDelayMs } : { check: false, scope: "account" };
  }
  return { check: true, delayMs: 0 };
}

/**
 * Checks an email and password as sent to Auth.js's credentials provider. On success a session
 * record is opened (its id goes into the JWT) and this attempt is taken back from the counts.
 */
export async function checkCredentials(raw: unknown, client: SignInClient, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = keysFor(email, client.address);
  const windowMs = SIGN_IN_LIMITS.windowMinutes * 60_000;
  const counts = await countAttempt(Object.values(keys).map((key) => ({ key, windowMs })), now);
  const count = (key: string): Count => counts.get(key)!;
  const verdict = judgeAttempt({ pair: count(keys.pair).hits, client: count(keys.client).hits, account: count(keys.account).hits });
  if (!verdict.check) {
    const minutes = minutesLeft(count(verdict.scope === "client" ? keys.client : keys.pair), now);
    await audit({ actorId: null, action: "auth.sign-in-throttled", details: { email, scope: verdict.scope, address: client.address } });
    return { ok: false, reason: "locked", scope: verdict.scope, minutes };
  }
  if (verdict.delayMs) await sleep(verdict.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
  if (!user || !ok || !user.active) {
    await audit({ actorId: user?.id ?? null, action: "auth.sign-in-failed", details: { email, address: client.address } });
    return { ok: false, reason: "invalid" };
  }
  // A success is not an attempt to hold against anyone: this client's tries at this account are
  // forgotten, and the other two counts are one lower again.
  await forgetKeys([keys.pair]);
  await uncountAttempt([keys.client, keys.account]);
  // A self-signed-up account whose address is not confirmed yet (decisions/email-verification.md).
  // Said only after the right password, so it tells nobody else that the email exists.
  if (!user.emailVerifiedAt) {
    await audit({ actorId: user.id, action: "auth.sign-in-unverified", targetType: "user", targetId: user.id, details: { address: client.address } });
    return { ok: false, reason: "unverified" };
  }
  const sid = await openAuthSession(user.id, client, now);
  await audit({ actorId: user.id, action: "auth.sign-in", targetType: "user", targetId: user.id, details: { address: client.address } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, authVersion: user.authVersion, sid } };
}
