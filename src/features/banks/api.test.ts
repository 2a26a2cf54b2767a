// GET /api/banks and PATCH /api/banks/:id: the contract and who may call them, through the real
// route handlers on the real database; only the session lookup is stubbed.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PATCH } from "@/app/api/banks/[id]/route";
import { GET } from "@/app/api/banks/route";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Role = "ADMIN" | "INTERVIEWER" | "HIRING_MANAGER" | "CANDIDATE";
const users = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>;
let interview: { id: string };
let practice: { id: string };

beforeEach(async () => {
  await resetDb();
  for (const role of ["ADMIN", "INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const) users[role] = await createUser(db, { role });
  interview = await createBank(db, { name: "B interview" });
  practice = await createBank(db, { name: "A practice", purpose: "PRACTICE" });
  await createQuestion(db, { bankId: interview.id, number: 1 });
  const archived = await createQuestion(db, { bankId: interview.id, number: 2 });
  await db.question.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  await createBank(db, { name: "C empty" });
});

const list = () => GET();
const patch = (id: string, body: unknown, raw?: string) =>
  PATCH(new Request(`http://probe.test/api/banks/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: raw ?? JSON.stringify(body) }), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/banks", () => {
  it("lists every bank by name with its purpose and active question count, never cached", async () => {
    for (const role of ["INTERVIEWER", "ADMIN"] as const) {
      signInAs(users[role]);
      const response = await list();
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual([
        { id: practice.id, name: "A practice", purpose: "practice", questionCount: 0 },
        { id: interview.id, name: "B interview", purpose: "interview", questionCount: 1 },
        { id: expect.any(String), name: "C empty", purpose: "interview", questionCount: 0 },
      ]);
    }
  });

  it("refuses hiring managers and candidates (403) and strangers (401), without a cached copy", async () => {
    for (const [role, status] of [["HIRING_MANAGER", 403], ["CANDIDATE", 403], [null, 401]] as const) {
      signInAs(role ? users[role] : null);
      const response = await list();
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).not.toContain("B interview");
    }
  });
});

describe("PATCH /api/banks/:id", () => {
  it("changes the purpose for interviewers and admins, audited once per change", async () => {
    signInAs(users.INTERVIEWER);
    const response = await patch(interview.id, { purpose: "practice" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ id: interview.id, name: "B interview", purpose: "practice", questionCount: 1 });
    expect((await db.bank.findUniqueOrThrow({ where: { id: interview.id } })).purpose).toBe("PRACTICE");
    // The same again changes nothing and is not audited twice.
    expect((await patch(interview.id, { purpose: "practice" })).status).toBe(200);
    signInAs(users.ADMIN);
    expect(await (await patch(interview.id, { purpose: "interview" })).json()).toMatchObject({ purpose: "interview" });
    const entries = await db.auditEntry.findMany({ where: { action: "bank.purpose-change", targetId: interview.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.actorId, e.details])).toEqual([
      [users.INTERVIEWER.id, { from: "interview", to: "practice" }],
      [users.ADMIN.id, { from: "practice", to: "interview" }],
    ]);
  });

  it("answers bad input with 400 and a field error, and changes nothing", async () => {
    signInAs(users.ADMIN);
    for (const body of [{ purpose: "public" }, {}, { purpose: null }, ["practice"], "practice"]) {
      const response = await patch(interview.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "VALIDATION", fieldErrors: { purpose: [expect.any(String)] } } });
    }
    const notJson = await patch(interview.id, null, "{purpose:");
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get("cache-control")).toBe("no-store");
    expect((await db.bank.findUniqueOrThrow({ where: { id: interview.id } })).purpose).toBe("INTERVIEW");
    expect(await db.auditEntry.count({ where: { action: "bank.purpose-change" } })).toBe(0);
  });

  it("answers 404 for an unknown or malformed id, 403 for the wrong role, 401 for a stranger", async () => {
    signInAs(users.INTERVIEWER);
    expect((await patch("no-such-bank", { purpose: "practice" })).status).toBe(404);
    expect((await patch("not a valid id!", { purpose: "practice" })).status).toBe(404);
    for (const [role, status] of [["HIRING_MANAGER", 403], ["CANDIDATE", 403], [null, 401]] as const) {
      signInAs(role ? users[role] : null);
      expect((await patch(interview.id, { purpose: "practice" })).status).toBe(status);
    }
    expect((await db.bank.findUniqueOrThrow({ where: { id: interview.id } })).purpose).toBe("INTERVIEW");
  });
});
