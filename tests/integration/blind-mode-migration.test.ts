// The migration that renamed the blind review modes, run against stored values of the old names.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getBlindMode } from "@/features/scorecards/settings";
import { db } from "@/server/db";
import { resetDb } from "~tests/setup/reset-db";

const MIGRATION = readFileSync(path.resolve("prisma/migrations/20261201000000_blind_review_mode_names/migration.sql"), "utf8");

async function storeAndMigrate(value: string): Promise<unknown> {
  await db.setting.upsert({ where: { key: "blindReview" }, create: { key: "blindReview", value }, update: { value } });
  await db.setting.upsert({ where: { key: "other" }, create: { key: "other", value: "never" }, update: { value: "never" } });
  await db.$executeRawUnsafe(MIGRATION);
  return (await db.setting.findUniqueOrThrow({ where: { key: "blindReview" } })).value;
}

describe("the blind review mode names migration", () => {
  beforeEach(resetDb);

  it.each([
    ["never", "always-blind"],
    ["after-submit", "until-submitted"],
    ["always", "open"],
  ])("rewrites a stored %s to %s, which the app reads as that mode", async (before, after) => {
    expect(await storeAndMigrate(before)).toBe(after);
    expect(await getBlindMode()).toBe(after);
    expect((await db.setting.findUniqueOrThrow({ where: { key: "other" } })).value).toBe("never");
  });

  it("leaves a value in the new words, or an unreadable one, as it is", async () => {
    expect(await storeAndMigrate("open")).toBe("open");
    expect(await storeAndMigrate("sometimes")).toBe("sometimes");
  });
});
