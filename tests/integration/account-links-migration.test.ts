// The account-links migration, run against rows as they stood before it: every account that
// exists counts as verified (admin-made, seeded, or signed up before verification), and every
// stored password link is a reset link. Run in one transaction, so the schema is whole again
// whatever happens.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";

const MIGRATION = readFileSync(path.resolve("prisma/migrations/20261205400000_account_links/migration.sql"), "utf8");
// The statements, without the comment lines (none of which holds a ";").
const STATEMENTS = MIGRATION.split("\n").filter((line) => !line.startsWith("--")).join("\n").split(";").map((s) => s.trim()).filter(Boolean);

describe("the account links migration", () => {
  beforeEach(resetDb);

  it("marks every existing account verified as of its creation, and every existing link a reset link", async () => {
    const created = new Date("2026-01-02T03:04:05.000Z");
    const older = await createUser(db, { role: "CANDIDATE", emailVerifiedAt: null });
    await db.user.update({ where: { id: older.id }, data: { createdAt: created } });
    const token = await db.passwordToken.create({ data: { userId: older.id, tokenHash: "a".repeat(64), expiresAt: new Date(Date.now() + 3_600_000) } });

    const after = await db.$transaction(async (tx) => {
      // Back to the schema before the migration, then the migration as deploy runs it.
      await tx.$executeRawUnsafe(`ALTER TABLE "User" DROP COLUMN "emailVerifiedAt"`);
      await tx.$executeRawUnsafe(`ALTER TABLE "PasswordToken" DROP COLUMN "purpose"`);
      await tx.$executeRawUnsafe(`DROP TYPE "PasswordTokenPurpose"`);
      for (const statement of STATEMENTS) await tx.$executeRawUnsafe(statement);
      const user = await tx.user.findUniqueOrThrow({ where: { id: older.id }, select: { emailVerifiedAt: true } });
      const link = await tx.passwordToken.findUniqueOrThrow({ where: { id: token.id }, select: { purpose: true } });
      return { user, link };
    });
    expect(STATEMENTS).toHaveLength(4);
    expect(after.user.emailVerifiedAt).toEqual(created);
    expect(after.link.purpose).toBe("RESET");
  });
});
