// Account mail through a real SMTP receiver (issue 16): an admin-created account's sign-in link
// (single use, 72 h, only the hash stored, refused alike when unknown, used, expired or of another
// purpose), and sign-up's verification link (the same answer for a new and an existing email, a
// different mail to each, no sign-in before the link is followed).
import { beforeEach, describe, expect, it } from "vitest";
import { LINK_TTL_MS } from "@/features/account/account-links";
import { EMAIL_VERIFIED, isVerifyTokenUsable, verifyEmail, VERIFY_INVALID } from "@/features/account/email-verification";
import { requestPasswordReset, resetPassword } from "@/features/account/password-reset";
import { acceptWelcome, isWelcomeTokenUsable, WELCOME_INVALID } from "@/features/account/welcome-link";
import { SIGN_UP_DONE, signUp } from "@/features/auth/sign-up";
import type { ReceivedMail } from "@/features/mail/receiver";
import { createUser as adminCreatesUser } from "@/features/users/mutations";
import { db } from "@/server/db";
import { toAppError } from "@/server/errors";
import { verifyPassword } from "@/server/passwords";
import { checkCredentials } from "@/server/sign-in";
import { createUser } from "~tests/factories/users";
import { mailInboxPerTest } from "~tests/setup/mail-inbox";
import { resetDb } from "~tests/setup/reset-db";

const ORIGIN = "https://probe.example";
const browser = { address: "198.51.100.20", userAgent: "test" };
let sequence = 0;
const fresh = () => `account-mail-${++sequence}-${Date.now()}@example.com`;

beforeEach(async () => {
  await resetDb();
});
const { deliver } = mailInboxPerTest();
const tokenIn = (path: string, mail: ReceivedMail | undefined) => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(mail?.parsed.text ?? "")?.[1];
const asActor = (user: { id: string; email: string; name: string; role: "ADMIN" | "INTERVIEWER" | "HIRING_MANAGER" | "CANDIDATE" }) => ({ id: user.id, email: user.email, name: user.name, role: user.role });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => {
      const { code, message } = toAppError(error);
      return `${code}: ${message}`;
    },
  );

describe("an admin-created account's sign-in link", () => {
  it("is mailed and returned once, sets the first password once, and proves the address", async () => {
    const admin = asActor(await createUser(db, { role: "ADMIN" }));
    const email = fresh();
    const t0 = new Date();
    const created = await adminCreatesUser(admin, { name: "Wendy Welcome", email, role: "INTERVIEWER", password: "" }, ORIGIN, t0);
    expect(created.signInLink).toMatch(new RegExp(`^${ORIGIN}/welcome/[A-Za-z0-9_-]{43}$`));

    const [mail, ...more] = await deliver();
    expect(more).toHaveLength(0);
    expect(mail?.parsed.to).toMatchObject({ text: email });
    expect(mail?.parsed.subject).toBe("Your Probe account is ready");
    expect(mail?.parsed.text).toContain(created.signInLink);
    expect(mail?.parsed.text).toContain("You receive this because an admin of Probe created an account with your address");
    const token = tokenIn("welcome", mail)!;
    // Only the hash is stored; the row says what the link is for and when it dies (72 h).
    expect(await db.passwordToken.count({ where: { tokenHash: token } })).toBe(0);
    const row = await db.passwordToken.findFirstOrThrow({ where: { user: { email } } });
    expect(row.purpose).toBe("WELCOME");
    expect(row.expiresAt.getTime() - t0.getTime()).toBe(LINK_TTL_MS.WELCOME);
    expect(LINK_TTL_MS.WELCOME).toBe(72 * 3_600_000);

    // Nobody knows the password the account was made with.
    expect((await checkCredentials({ email, password: "" }, browser)).ok).toBe(false);
    expect(await isWelcomeTokenUsable(token)).toBe(true);
    expect(await acceptWelcome({ token, password: "my own first password" })).toEqual({ email });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword("my own first password", user.passwordHash)).toBe(true);
    expect(user.emailVerifiedAt).not.toBeNull();
    expect((await checkCredentials({ email, password: "my own first password" }, browser)).ok).toBe(true);

    // Single use: the second try is refused like an unknown link, and changes nothing.
    expect(await refusal(acceptWelcome({ token, password: "a second password 2" }))).toBe(`NOT_FOUND: ${WELCOME_INVALID}`);
    expect(await isWelcomeTokenUsable(token)).toBe(false);
    expect(await verifyPassword("my own first password", (await db.user.findUniqueOrThrow({ where: { email } })).passwordHash)).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "auth.welcome-link-used", targetId: user.id } })).toBe(1);
  });

  it("expires after 72 hours, and refuses an unknown, malformed or other-purpose token the same way", async () => {
    const admin = asActor(await createUser(db, { role: "ADMIN" }));
    const t0 = new Date("2027-03-01T09:00:00Z");
    const email = fresh();
    const { signInLink } = await adminCreatesUser(admin, { name: "Late Larry", email, role: "HIRING_MANAGER", password: "" }, ORIGIN, t0);
    const token = signInLink!.split("/").pop()!;
    const late = new Date(t0.getTime() + LINK_TTL_MS.WELCOME + 1000);
    expect(await isWelcomeTokenUsable(token, late)).toBe(false);
    expect(await refusal(acceptWelcome({ token, password: "too late password 1" }, late))).toBe(`NOT_FOUND: ${WELCOME_INVALID}`);
    // One character off: the same refusal as any unknown token.
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await refusal(acceptWelcome({ token: wrong, password: "guessing password 1" }, t0))).toBe(`NOT_FOUND: ${WELCOME_INVALID}`);
    expect(await isWelcomeTokenUsable("not-a-token")).toBe(false);
    expect(await refusal(acceptWelcome({ token: "not-a-token", password: "guessing password 1" }))).toMatch(/^VALIDATION/);

    // A reset link is not a welcome link, nor the other way round.
    const other = await createUser(db, { role: "INTERVIEWER" });
    await requestPasswordReset({ email: other.email }, browser, ORIGIN);
    const resetToken = tokenIn("reset-password", (await deliver()).find((mail) => mail.parsed.subject === "Reset your Probe password"))!;
    expect(await refusal(acceptWelcome({ token: resetToken, password: "cross purpose 123" }))).toBe(`NOT_FOUND: ${WELCOME_INVALID}`);
    await expect(resetPassword({ token, password: "cross purpose 123" }, t0)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is not made when the admin gives a password, and only admins create accounts", async () => {
    const admin = asActor(await createUser(db, { role: "ADMIN" }));
    const created = await adminCreatesUser(admin, { name: "Pat Password", email: fresh(), role: "INTERVIEWER", password: "an admin chosen one 1" }, ORIGIN);
    expect(created.signInLink).toBeUndefined();
    expect(await deliver()).toHaveLength(0);
    const interviewer = asActor(await createUser(db, { role: "INTERVIEWER" }));
    expect(await refusal(adminCreatesUser(interviewer, { name: "X", email: fresh(), role: "ADMIN" }, ORIGIN))).toMatch(/^FORBIDDEN/);
  });
});

describe("sign-up's verification", () => {
  it("answers a new and an existing email alike, mailing a link to one and a notice to the other", async () => {
    const existing = await createUser(db, { role: "INTERVIEWER", name: "Already Here" });
    const email = fresh();
    const form = (address: string) => ({ name: "Newt Newcomer", email: address, password: "a-long-enough-passphrase" });
    expect(await signUp(form(email), { address: "192.0.2.10" }, ORIGIN)).toEqual({ message: SIGN_UP_DONE });
    expect(await signUp(form(existing.email), { address: "192.0.2.10" }, ORIGIN)).toEqual({ message: SIGN_UP_DONE });

    const mails = await deliver();
    expect(mails).toHaveLength(2);
    const verification = mails.find((mail) => mail.parsed.text?.includes(email) || (mail.parsed.to as { text: string }).text === email)!;
    const notice = mails.find((mail) => (mail.parsed.to as { text: string }).text === existing.email)!;
    expect(verification.parsed.subject).toBe("Confirm your email for Probe");
    expect(verification.parsed.text).toContain(`${ORIGIN}/verify-email/`);
    expect(verification.parsed.text).toContain("You receive this because someone signed up to Probe with your address");
    expect(verification.parsed.html).toContain(`href="${ORIGIN}/verify-email/`);
    expect(notice.parsed.subject).toBe("Someone tried to sign up to Probe with your address");
    expect(notice.parsed.text).toContain(`${ORIGIN}/forgot-password`);
    // The notice carries no link that changes the account.
    expect(notice.parsed.text).not.toMatch(/verify-email|reset-password|welcome\//);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Already Here", passwordHash: existing.passwordHash });

    // Before the link: the right password is refused as unverified (and only the right one says so).
    expect(await checkCredentials({ email, password: "wrong password here" }, browser)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials({ email, password: "a-long-enough-passphrase" }, browser)).toEqual({ ok: false, reason: "unverified" });
    expect(await db.authSession.count({ where: { user: { email } } })).toBe(0);

    const token = tokenIn("verify-email", verification)!;
    expect(await isVerifyTokenUsable(token)).toBe(true);
    expect(await verifyEmail({ token })).toEqual({ email });
    expect(EMAIL_VERIFIED).toMatch(/confirmed/);
    expect((await checkCredentials({ email, password: "a-long-enough-passphrase" }, browser)).ok).toBe(true);
    // Single use.
    expect(await refusal(verifyEmail({ token }))).toBe(`NOT_FOUND: ${VERIFY_INVALID}`);
  });

  it("sends the existing address at most three notices an hour, answering the same after", async () => {
    const existing = await createUser(db, { role: "CANDIDATE" });
    for (let i = 0; i < 5; i++) {
      expect(await signUp({ name: "Someone", email: existing.email, password: "a-long-enough-passphrase" }, { address: `192.0.2.${30 + i}` }, ORIGIN)).toEqual({ message: SIGN_UP_DONE });
    }
    expect(await deliver()).toHaveLength(3);
  });

  it("expires after 72 hours; a reset link confirms the address instead", async () => {
    const t0 = new Date();
    const email = fresh();
    await signUp({ name: "Slow Sam", email, password: "a-long-enough-passphrase" }, { address: "192.0.2.60" }, ORIGIN, t0);
    const token = tokenIn("verify-email", (await deliver())[0])!;
    await expect(verifyEmail({ token }, new Date(t0.getTime() + LINK_TTL_MS.VERIFY_EMAIL + 1000))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();

    await requestPasswordReset({ email }, { address: "192.0.2.61" }, ORIGIN);
    const reset = tokenIn("reset-password", (await deliver())[0])!;
    // The newer link replaced the verification link.
    expect(await isVerifyTokenUsable(token, t0)).toBe(false);
    await resetPassword({ token: reset, password: "chosen after reset 1" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
    expect((await checkCredentials({ email, password: "chosen after reset 1" }, browser)).ok).toBe(true);
  });
});
