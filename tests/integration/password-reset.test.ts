// The reset flow end to end through a real SMTP receiver: ask, receive, follow, set; the link
// works once and expires; an unknown email gets the same answer and no mail.
import { beforeEach, describe, expect, it } from "vitest";
import { requestPasswordReset, RESET_REQUESTED, RESET_TTL_MS, resetPassword, isResetTokenUsable, sendResetLink } from "@/features/account/password-reset";
import type { ReceivedMail } from "@/features/mail/receiver";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/passwords";
import { createUser } from "~tests/factories/users";
import { mailInboxPerTest } from "~tests/setup/mail-inbox";
import { resetDb } from "~tests/setup/reset-db";

const { deliver } = mailInboxPerTest();
const ORIGIN = "https://probe.example";
const client = { address: "198.51.100.7" };

beforeEach(async () => {
  await resetDb();
});

const tokenIn = (mail: ReceivedMail | undefined) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail?.parsed.text ?? "")?.[1];

describe("password reset", () => {
  it("mails a single-use link that sets the new password and signs out the old sessions", async () => {
    const user = await createUser(db, { role: "INTERVIEWER" });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await requestPasswordReset({ email: user.email.toUpperCase() }, client, ORIGIN)).toEqual({ message: RESET_REQUESTED });
    const [mail] = await deliver();
    expect(mail?.parsed.text).toContain(`${ORIGIN}/reset-password/`);
    expect(mail?.parsed.text).toContain("You receive this because someone asked to reset the password");
    const token = tokenIn(mail)!;
    expect(await isResetTokenUsable(token)).toBe(true);
    // Only the hash is stored.
    expect(await db.passwordToken.count({ where: { tokenHash: token } })).toBe(0);

    await resetPassword({ token, password: "a brand new password 1" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a brand new password 1", after.passwordHash)).toBe(true);
    expect(after.authVersion).toBe(before.authVersion + 1);

    await expect(resetPassword({ token, password: "another password 22" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await isResetTokenUsable(token)).toBe(false);
  });

  it("answers an unknown or deactivated email exactly like a known one, and sends nothing", async () => {
    const inactive = await createUser(db, { role: "CANDIDATE", active: false });
    expect(await requestPasswordReset({ email: "nobody@example.com" }, client, ORIGIN)).toEqual({ message: RESET_REQUESTED });
    expect(await requestPasswordReset({ email: inactive.email }, client, ORIGIN)).toEqual({ message: RESET_REQUESTED });
    expect(await deliver()).toHaveLength(0);
    await expect(requestPasswordReset({ email: "not an email" }, client, ORIGIN)).rejects.toThrow();
  });

  it("refuses an expired link, and a link replaced by a newer one", async () => {
    const user = await createUser(db, { role: "INTERVIEWER" });
    const admin = await createUser(db, { role: "ADMIN" });
    const t0 = new Date("2027-01-01T10:00:00Z");
    await requestPasswordReset({ email: user.email }, client, ORIGIN, t0);
    const first = tokenIn((await deliver())[0])!;
    await expect(resetPassword({ token: first, password: "late password 123" }, new Date(t0.getTime() + RESET_TTL_MS + 1000))).rejects.toMatchObject({ code: "NOT_FOUND" });

    await sendResetLink({ id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" }, { userId: user.id }, ORIGIN, t0);
    const [adminMail] = await deliver();
    expect(adminMail?.parsed.text).toContain("an admin of Probe sent you a password reset link");
    const second = tokenIn(adminMail)!;
    expect(await isResetTokenUsable(first, t0)).toBe(false);
    await resetPassword({ token: second, password: "from the admin link 1" }, t0);
    await expect(sendResetLink({ id: user.id, email: user.email, name: user.name, role: "INTERVIEWER" }, { userId: user.id }, ORIGIN)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
