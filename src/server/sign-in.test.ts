// The sign-in limits on the real database (issue 14): every attempt is counted in one statement
// before its password is checked, per account, per client address and per account from one
// client. Password checks are counted by their audit rows (one "auth.sign-in-failed" per check
// that failed).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser, DEMO_PASSWORD } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { checkCredentials, judgeAttempt, SIGN_IN_LIMITS } from "./sign-in";

const client = (address: string) => ({ address, userAgent: "test" });
const attacker = client("203.0.113.7");
const checksFor = (email: string) => db.auditEntry.count({ where: { action: "auth.sign-in-failed", details: { path: ["email"], equals: email } } });

let email: string;

beforeEach(async () => {
  await resetDb();
  email = (await createUser(db, { role: "ADMIN" })).email;
});

describe("judgeAttempt", () => {
  const { perAccountFromClient, perClient, perAccount, underAttackDelayMs } = SIGN_IN_LIMITS;
  it.each([
    [{ pair: 1, client: 1, account: 1 }, { check: true, delayMs: 0 }],
    [{ pair: perAccountFromClient, client: perAccountFromClient, account: perAccountFromClient }, { check: true, delayMs: 0 }],
    [{ pair: perAccountFromClient + 1, client: 6, account: 6 }, { check: false, scope: "account" }],
    [{ pair: 1, client: perClient + 1, account: 1 }, { check: false, scope: "client" }],
    // Under attack: a clean client (this attempt is all it has in its window) is checked, after a delay.
    [{ pair: 1, client: 1, account: perAccount + 1 }, { check: true, delayMs: underAttackDelayMs }],
    [{ pair: 2, client: 2, account: perAccount + 1 }, { check: false, scope: "account" }],
  ])("%j → %j", (counts, verdict) => {
    expect(judgeAttempt(counts)).toEqual(verdict);
  });
});

describe("checkCredentials", () => {
  it("checks no more than the allowed number of passwords when twenty wrong guesses arrive at once", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => checkCredentials({ email, password: `wrong-${i}` }, attacker)));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await checksFor(email)).toBe(SIGN_IN_LIMITS.perAccountFromClient);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(20 - SIGN_IN_LIMITS.perAccountFromClient);
    // The attacker's client is held back even with the right password...
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, attacker)).toMatchObject({ ok: false, reason: "locked", scope: "account" });
    // ...and the account still opens, after a short delay, from a client that has not failed.
    const started = Date.now();
    const owner = await checkCredentials({ email, password: DEMO_PASSWORD }, client("198.51.100.23"));
    expect(owner).toMatchObject({ ok: true, user: { email } });
    expect(Date.now() - started).toBeLessThan(SIGN_IN_LIMITS.underAttackDelayMs + 3_000);
    // No more passwords were checked for the attacker meanwhile.
    expect(await checksFor(email)).toBe(SIGN_IN_LIMITS.perAccountFromClient);
  }, 60_000);

  it("locks an attacker's client out only for as long as they keep trying, plus one window", async () => {
    const t0 = new Date("2026-12-02T10:00:00Z");
    for (let i = 0; i < 8; i++) await checkCredentials({ email, password: `wrong-${i}` }, attacker, t0);
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, attacker, t0)).toMatchObject({ ok: false, reason: "locked" });
    const later = new Date(t0.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000 + 1_000);
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, attacker, later)).toMatchObject({ ok: true });
  }, 60_000);

  it("limits password spraying from one address across accounts, and no other address", async () => {
    const refusals: string[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perClient + 3; i++) {
      const result = await checkCredentials({ email: `sprayed-${i}@example.com`, password: "Summer2026!" }, attacker);
      if (!result.ok && result.reason === "locked") refusals.push(result.scope);
    }
    expect(refusals).toEqual(["client", "client", "client"]);
    expect(await db.auditEntry.count({ where: { action: "auth.sign-in-failed" } })).toBe(SIGN_IN_LIMITS.perClient);
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, client("198.51.100.23"))).toMatchObject({ ok: true });
  }, 60_000);

  it("does not hold successful sign-ins against a shared address", async () => {
    const office = client("192.0.2.10");
    for (let i = 0; i < SIGN_IN_LIMITS.perClient + 5; i++) {
      expect(await checkCredentials({ email, password: DEMO_PASSWORD }, office)).toMatchObject({ ok: true });
    }
  }, 60_000);

  it("answers an unknown email like a wrong password, counted the same way", async () => {
    expect(await checkCredentials({ email: "nobody@example.com", password: "whatever-it-is" }, attacker)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials({ email, password: "whatever-it-is" }, attacker)).toEqual({ ok: false, reason: "invalid" });
    expect(await checksFor("nobody@example.com")).toBe(1);
  });

  it("opens a session record for each sign-in", async () => {
    const result = await checkCredentials({ email, password: DEMO_PASSWORD }, { address: "192.0.2.44", userAgent: "Firefox" });
    if (!result.ok) throw new Error("expected a sign-in");
    expect(await db.authSession.findUniqueOrThrow({ where: { id: result.user.sid } })).toMatchObject({ userId: result.user.id, address: "192.0.2.44", userAgent: "Firefox", revokedAt: null });
  });
});
