// An admin's edit of a user's name and email, on the real database: the email stays unique,
// changing it ends the user's sessions (it is their sign-in name), and every edit is audited.
import { beforeEach, describe, expect, it } from "vitest";
import { openAuthSession } from "@/server/auth-session";
import { db } from "@/server/db";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { editUser } from "./mutations";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let ivan: User;
const row = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { name: true, email: true, authVersion: true } });

beforeEach(async () => {
  await resetDb();
  admin = await createUser(db, { role: "ADMIN" });
  ivan = await createUser(db, { role: "INTERVIEWER", name: "Ivan", email: "ivan@example.test" });
});

describe("editing a user", () => {
  it("renames without signing them out; a new email signs them out everywhere; both audited", async () => {
    const browser = await openAuthSession(ivan.id, { userAgent: "test", address: "192.0.2.1" });
    expect(await editUser(admin, { userId: ivan.id, name: "Ivan Petrov", email: "ivan@example.test" })).toEqual({ signedOut: false });
    expect(await row(ivan.id)).toEqual({ name: "Ivan Petrov", email: "ivan@example.test", authVersion: 0 });
    expect(await db.authSession.findUniqueOrThrow({ where: { id: browser } })).toMatchObject({ revokedAt: null });

    expect(await editUser(admin, { userId: ivan.id, name: "Ivan Petrov", email: "  IVAN.P@Example.test " })).toEqual({ signedOut: true });
    expect(await row(ivan.id)).toEqual({ name: "Ivan Petrov", email: "ivan.p@example.test", authVersion: 1 });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: browser } })).revokedAt).toBeInstanceOf(Date);

    const entries = await db.auditEntry.findMany({ where: { action: "user.edit", targetId: ivan.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => e.details)).toEqual([{ changed: ["name"] }, { changed: ["email"], emailFrom: "ivan@example.test", emailTo: "ivan.p@example.test" }]);
    // Saving the same again changes and audits nothing.
    await editUser(admin, { userId: ivan.id, name: "Ivan Petrov", email: "ivan.p@example.test" });
    expect(await db.auditEntry.count({ where: { action: "user.edit" } })).toBe(2);
  });

  it("refuses an email another user has, an invalid or oversized one, a blank name, and an admin's own email", async () => {
    await createUser(db, { email: "taken@example.test" });
    await expect(editUser(admin, { userId: ivan.id, name: "Ivan", email: "taken@example.test" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { email: ["Another user has this email"] } });
    for (const input of [{ email: "not an email" }, { email: `${"x".repeat(250)}@example.test` }, { name: "" }, { name: "x".repeat(101) }]) {
      await expect(editUser(admin, { userId: ivan.id, name: "Ivan", email: "ivan@example.test", ...input })).rejects.toMatchObject({ name: "ZodError" });
    }
    await expect(editUser(admin, { userId: admin.id, name: "Ada", email: "new-admin@example.test" })).rejects.toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    expect(await editUser(admin, { userId: admin.id, name: "Ada Renamed", email: admin.email })).toEqual({ signedOut: false });
    expect(await row(ivan.id)).toEqual({ name: "Ivan", email: "ivan@example.test", authVersion: 0 });
  });

  it("is for admins only, and 404 for an unknown user", async () => {
    for (const role of ["INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const) {
      await expect(editUser(await createUser(db, { role }), { userId: ivan.id, name: "X", email: "x@example.test" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(editUser(admin, { userId: "cmissinguser0000000000000", name: "X", email: "x@example.test" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
