// Sign-up under the admin's policy (issue 13, item 2): the same answer whether or not the email
// exists, limited per client address, audited; invitations single-use and expiring.
import { beforeEach, describe, expect, it } from "vitest";
import { createInvitation, listInvitations, revokeInvitation } from "@/features/users/invitations";
import { setSignUpPolicy } from "@/features/users/sign-up-policy";
import { toAppError } from "@/server/errors";
import { verifyPassword } from "@/server/passwords";
import { db } from "@/server/db";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { INVITATION_INVALID, INVITATION_NEEDED, SIGN_UP_CLOSED, SIGN_UP_DONE, SIGN_UP_LIMIT, signUp } from "./sign-up";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let existing: User;
let sequence = 0;
const here = { address: "192.0.2.50" };
const form = (email: string, extra: Record<string, unknown> = {}) => ({ name: "New Person", email, password: "a-long-enough-passphrase", ...extra });
const fresh = () => `new-${++sequence}-${Date.now()}@example.com`;
const outcome = (input: unknown, client = here) =>
  signUp(input, client).then(
    (result) => result.message,
    (error: { code: string; message: string }) => `${error.code}: ${error.message}`,
  );

beforeEach(async () => {
  await resetDb();
  admin = await createUser(db, { role: "ADMIN" });
  existing = await createUser(db, { role: "INTERVIEWER", name: "Existing Person" });
});

describe("sign-up, open (the default)", () => {
  it("creates a candidate account for a new email and audits it", async () => {
    const email = fresh();
    expect(await outcome(form(email))).toBe(SIGN_UP_DONE);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("CANDIDATE");
    expect(await db.auditEntry.count({ where: { action: "auth.sign-up", targetId: user.id } })).toBe(1);
  });

  it("answers an existing email exactly the same, creates and changes nothing, and audits the attempt", async () => {
    const usersBefore = await db.user.count();
    expect(await outcome(form(existing.email.toUpperCase()))).toBe(SIGN_UP_DONE);
    expect(await db.user.count()).toBe(usersBefore);
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ name: "Existing Person", role: "INTERVIEWER", passwordHash: existing.passwordHash });
    expect(await verifyPassword("a-long-enough-passphrase", after.passwordHash)).toBe(false);
    expect(await db.auditEntry.count({ where: { action: "auth.sign-up-existing", targetId: existing.id } })).toBe(1);
  });

  it("takes about as long for an existing email as for a new one (both hash the password)", async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await signUp(form(email), { address: `192.0.2.${++sequence % 200}` });
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
    const known = median([await time(existing.email), await time(existing.email), await time(existing.email)]);
    const unknown = median([await time(fresh()), await time(fresh()), await time(fresh())]);
    expect(known).toBeGreaterThan(unknown / 3);
    expect(known).toBeLessThan(unknown * 3);
  });

  it("refuses invalid input with field errors, before counting or writing anything", async () => {
    const refused = await signUp({ name: "", email: "not-an-email", password: "short" }, here).catch((error: unknown) => toAppError(error));
    expect(refused).toMatchObject({ code: "VALIDATION", fieldErrors: { name: expect.any(Array), email: expect.any(Array), password: expect.any(Array) } });
    expect(await db.rateLimit.count()).toBe(0);
  });

  it("is limited per client address", async () => {
    for (let i = 0; i < SIGN_UP_LIMIT.perClient; i++) expect(await outcome(form(fresh()))).toBe(SIGN_UP_DONE);
    expect(await outcome(form(fresh()))).toMatch(/^RATE_LIMITED: Too many sign-ups from your network/);
    expect(await outcome(form(existing.email))).toMatch(/^RATE_LIMITED/);
    expect(await outcome(form(fresh()), { address: "198.51.100.1" })).toBe(SIGN_UP_DONE);
  });
});

describe("sign-up, closed", () => {
  it("refuses every email alike and creates nothing", async () => {
    await setSignUpPolicy(admin, { policy: "closed" });
    const usersBefore = await db.user.count();
    expect(await outcome(form(fresh()))).toBe(`FORBIDDEN: ${SIGN_UP_CLOSED}`);
    expect(await outcome(form(existing.email))).toBe(`FORBIDDEN: ${SIGN_UP_CLOSED}`);
    expect(await db.user.count()).toBe(usersBefore);
  });
});

describe("sign-up, invitation only", () => {
  beforeEach(() => setSignUpPolicy(admin, { policy: "invite-only" }));

  it("needs an invitation, which works once", async () => {
    expect(await outcome(form(fresh()))).toBe(`FORBIDDEN: ${INVITATION_NEEDED}`);
    const { token } = await createInvitation(admin, { note: "For Sam", days: "7" });
    const email = fresh();
    expect(await outcome(form(email, { invite: token }))).toBe(SIGN_UP_DONE);
    expect(await db.user.findUnique({ where: { email } })).not.toBeNull();
    expect(await outcome(form(fresh(), { invite: token }))).toBe(`FORBIDDEN: ${INVITATION_INVALID}`);
    expect((await listInvitations(admin)).map((i) => [i.note, i.status])).toEqual([["For Sam", "used"]]);
  });

  it("is used up by an existing email too, answering the same, so it cannot test emails one by one", async () => {
    const { token } = await createInvitation(admin, { days: "1" });
    expect(await outcome(form(existing.email, { invite: token }))).toBe(SIGN_UP_DONE);
    expect(await outcome(form(fresh(), { invite: token }))).toBe(`FORBIDDEN: ${INVITATION_INVALID}`);
  });

  it("refuses an expired or revoked invitation", async () => {
    const expired = await createInvitation(admin, { days: "1" }, new Date(Date.now() - 2 * 24 * 3_600_000));
    expect(await outcome(form(fresh(), { invite: expired.token }))).toBe(`FORBIDDEN: ${INVITATION_INVALID}`);
    const revoked = await createInvitation(admin, { days: "30" });
    const [row] = await listInvitations(admin);
    await revokeInvitation(admin, { invitationId: row!.id });
    expect(await outcome(form(fresh(), { invite: revoked.token }))).toBe(`FORBIDDEN: ${INVITATION_INVALID}`);
    expect((await listInvitations(admin)).map((i) => i.status).sort()).toEqual(["expired", "revoked"]);
  });

  it("lets only admins make and revoke invitations and set the policy", async () => {
    await expect(createInvitation(existing, { days: "7" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setSignUpPolicy(existing, { policy: "open" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await createInvitation(admin, { days: "365" }).catch((error: unknown) => toAppError(error))).toMatchObject({ code: "VALIDATION", fieldErrors: { days: expect.any(Array) } });
  });
});
