// Session records: a cookie counts only while its record is live (issue 14: a copied cookie kept
// working after sign-out, and its expiry rolled forward).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { openAuthSession, revokeAuthSession, revokeUserSessions, SESSION_LIFETIME_MS, userForSignIn } from "./auth-session";

type User = Awaited<ReturnType<typeof createUser>>;
let user: User;
const t0 = new Date("2026-12-02T09:00:00Z");
const browser = { userAgent: "Chromium", address: "192.0.2.1" };

beforeEach(async () => {
  await resetDb();
  user = await createUser(db, { role: "INTERVIEWER" });
});

const ref = (sid: string, authVersion = 0) => ({ userId: user.id, sid, authVersion });

describe("session records", () => {
  it("stand for the user while live, and not once revoked (sign-out)", async () => {
    const sid = await openAuthSession(user.id, browser, t0);
    expect(await userForSignIn(ref(sid), t0)).toMatchObject({ id: user.id, role: "INTERVIEWER" });
    await revokeAuthSession(sid);
    expect(await userForSignIn(ref(sid), t0)).toBeNull();
  });

  it("end at an absolute time after sign-in, however busy the browser was", async () => {
    const sid = await openAuthSession(user.id, browser, t0);
    for (let hour = 1; hour < 12; hour++) expect(await userForSignIn(ref(sid), new Date(t0.getTime() + hour * 3_600_000))).not.toBeNull();
    expect(await userForSignIn(ref(sid), new Date(t0.getTime() + SESSION_LIFETIME_MS))).toBeNull();
    // Being seen moves lastSeenAt, never the end.
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).expiresAt).toEqual(new Date(t0.getTime() + SESSION_LIFETIME_MS));
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime()).toBeGreaterThan(t0.getTime());
  });

  it("are refused for another user's id, a newer authVersion and an inactive user", async () => {
    const sid = await openAuthSession(user.id, browser, t0);
    const other = await createUser(db, { role: "ADMIN" });
    expect(await userForSignIn({ userId: other.id, sid, authVersion: 0 }, t0)).toBeNull();
    expect(await userForSignIn(ref(sid, 1), t0)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await userForSignIn(ref(sid), t0)).toBeNull();
  });

  it("are all revoked together (password change, deactivation, role change)", async () => {
    const first = await openAuthSession(user.id, browser, t0);
    const second = await openAuthSession(user.id, { ...browser, userAgent: "Phone" }, t0);
    await db.$transaction((tx) => revokeUserSessions(tx, user.id));
    expect(await userForSignIn(ref(first), t0)).toBeNull();
    expect(await userForSignIn(ref(second), t0)).toBeNull();
  });
});
