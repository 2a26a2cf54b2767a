// The viewer's time zone in their profile: detected once from the browser, chosen on the Account
// page, and never anything Intl does not know.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { viewerTimeZone } from "@/server/time-zone";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { saveDetectedTimeZone, setTimeZone } from "./time-zone";

let user: Awaited<ReturnType<typeof createUser>>;
const zoneOf = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } })).timeZone;

beforeEach(async () => {
  await resetDb();
  user = await createUser(db, { role: "HIRING_MANAGER" });
});

describe("time zone", () => {
  it("is UTC until one is saved; the browser's is saved once, never over a choice", async () => {
    expect(await viewerTimeZone(user)).toEqual({ timeZone: "UTC" });
    expect(await saveDetectedTimeZone(user, { timeZone: "Europe/Berlin" })).toEqual({ saved: true });
    expect(await zoneOf()).toBe("Europe/Berlin");
    // Another browser on another trip does not move it.
    expect(await saveDetectedTimeZone(user, { timeZone: "Asia/Tokyo" })).toEqual({ saved: false });
    expect(await zoneOf()).toBe("Europe/Berlin");
    // The Account page does.
    expect(await setTimeZone(user, { timeZone: "America/St_Johns" })).toEqual({ timeZone: "America/St_Johns" });
    expect(await zoneOf()).toBe("America/St_Johns");
  });

  it.each([{}, { timeZone: "" }, { timeZone: "Mars/Olympus" }, { timeZone: "x".repeat(500) }, { timeZone: 5 }])("refuses %j with a field error and keeps the zone", async (input) => {
    await setTimeZone(user, { timeZone: "Europe/Berlin" });
    await expect(setTimeZone(user, input)).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["timeZone"] })]) });
    await expect(saveDetectedTimeZone(user, input)).rejects.toBeTruthy();
    expect(await zoneOf()).toBe("Europe/Berlin");
  });

  it("shows a stored zone this runtime does not know as UTC rather than failing the page", async () => {
    await db.user.update({ where: { id: user.id }, data: { timeZone: "Mars/Olympus" } });
    expect(await viewerTimeZone(user)).toEqual({ timeZone: "UTC" });
  });
});
