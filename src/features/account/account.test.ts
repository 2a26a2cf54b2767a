// One's own account: the password change is limited like sign-in (issue 14), and revokes every
// session record; other browsers can be signed out from the list.
import { beforeEach, describe, expect, it } from "vitest";
import { openAuthSession, userForSignIn } from "@/server/auth-session";
import { db } from "@/server/db";
import { createUser, DEMO_PASSWORD } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { changePassword, PASSWORD_CHANGE_LIMIT, revokeOwnSession } from "./mutations";
import { listOwnSessions } from "./queries";

type User = Awaited<ReturnType<typeof createUser>>;
let user: User;
const browser = { userAgent: "Chromium", address: "192.0.2.1" };
const attempt = (currentPassword: string, newPassword = "a-brand-new-passphrase") =>
  changePassword(user, { currentPassword, newPassword, confirmPassword: newPassword }).then(
    () => "changed",
    (error: { code: string }) => error.code,
  );

beforeEach(async () => {
  await resetDb();
  user = await createUser(db, { role: "HIRING_MANAGER" });
});

describe("changing one's password", () => {
  it("stops checking the current password after a few wrong ones, even when the next is right", async () => {
    const before = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    for (let i = 0; i < PASSWORD_CHANGE_LIMIT.perUser; i++) expect(await attempt(`wrong-${i}`)).toBe("VALIDATION");
    expect(await attempt(DEMO_PASSWORD)).toBe("RATE_LIMITED");
    expect(await db.auditEntry.count({ where: { action: "user.password-change-throttled", actorId: user.id } })).toBe(1);
    // The password was not changed.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
    expect(await db.auditEntry.count({ where: { action: "user.password-change" } })).toBe(0);
  });

  it("counts parallel attempts one by one", async () => {
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(`wrong-${i}`)));
    expect(outcomes.filter((o) => o === "VALIDATION")).toHaveLength(PASSWORD_CHANGE_LIMIT.perUser);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(12 - PASSWORD_CHANGE_LIMIT.perUser);
  });

  it("signs out every session of the user once changed", async () => {
    const sid = await openAuthSession(user.id, browser);
    expect(await attempt(DEMO_PASSWORD)).toBe("changed");
    expect(await userForSignIn({ userId: user.id, sid, authVersion: 1 })).toBeNull();
    expect(await db.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });
});

describe("the list of one's sessions", () => {
  it("shows live sessions, marks this one, and signs out another but never someone else's", async () => {
    const here = await openAuthSession(user.id, browser);
    const phone = await openAuthSession(user.id, { ...browser, userAgent: "Phone" });
    const other = await createUser(db, { role: "ADMIN" });
    const theirs = await openAuthSession(other.id, browser);
    expect((await listOwnSessions(user, here)).map((s) => [s.userAgent, s.current])).toEqual([
      ["Phone", false],
      ["Chromium", true],
    ]);
    await revokeOwnSession(user, { sessionId: phone });
    expect((await listOwnSessions(user, here)).map((s) => s.id)).toEqual([here]);
    await expect(revokeOwnSession(user, { sessionId: theirs })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await userForSignIn({ userId: other.id, sid: theirs, authVersion: 0 })).not.toBeNull();
  });
});
