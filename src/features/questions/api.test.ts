// The JSON API's contract and access rules, calling the real route handlers on the real database;
// only the session lookup is stubbed (tests/setup/auth-stub.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getOne } from "@/app/api/questions/[id]/route";
import { GET as list } from "@/app/api/questions/route";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { signInAs } from "~tests/setup/auth-stub";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const users = {} as Record<"ADMIN" | "INTERVIEWER" | "HIRING_MANAGER" | "CANDIDATE", Awaited<ReturnType<typeof createUser>>>;
let bank: { id: string; name: string };
let junior: { id: string };
let senior: { id: string };
let archived: { id: string };

beforeAll(async () => {
  await resetDb();
  for (const role of ["ADMIN", "INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const) users[role] = await createUser(db, { role });
  bank = await createBank(db, { name: "API bank" });
  junior = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR", title: "Spinlocks explained", tags: ["locks"] });
  senior = await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR", title: "Lock-free queues" });
  archived = await createQuestion(db, { bankId: bank.id, number: 3, level: "SENIOR", title: "Old spinlock question" });
  await db.question.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
});

const listing = (query = "") => list(new Request(`http://probe.test/api/questions${query}`));
const one = (id: string) => getOne(new Request(`http://probe.test/api/questions/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/questions", () => {
  it("lists live questions as {id, number, level, title, bank} for an interviewer", async () => {
    signInAs(users.INTERVIEWER);
    const response = await listing("?q=&level=&bank=");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { id: junior.id, number: 1, level: "junior", title: "Spinlocks explained", bank: "API bank" },
      { id: senior.id, number: 2, level: "senior", title: "Lock-free queues", bank: "API bank" },
    ]);
  });

  it("filters by q, level and bank (id or name) for an admin", async () => {
    signInAs(users.ADMIN);
    expect((await (await listing("?q=spinlock")).json()).map((q: { id: string }) => q.id)).toEqual([junior.id]);
    expect((await (await listing("?level=senior")).json()).map((q: { id: string }) => q.id)).toEqual([senior.id]);
    expect(await (await listing(`?bank=${bank.id}&level=junior`)).json()).toHaveLength(1);
    expect(await (await listing("?bank=API%20bank")).json()).toHaveLength(2);
    expect(await (await listing("?bank=Other")).json()).toEqual([]);
  });

  it("answers a bad query with 400 and field errors", async () => {
    signInAs(users.INTERVIEWER);
    const response = await listing("?level=expert");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "VALIDATION", fieldErrors: { level: [expect.any(String)] } } });
    expect((await listing("?limit=0")).status).toBe(400);
    expect((await listing(`?q=${"x".repeat(201)}`)).status).toBe(400);
  });

  it("refuses anonymous callers (401), candidates and hiring managers (403)", async () => {
    signInAs(null);
    expect((await listing()).status).toBe(401);
    signInAs(users.CANDIDATE);
    expect((await listing()).status).toBe(403);
    signInAs(users.HIRING_MANAGER);
    const refused = await listing();
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Spinlocks");
  });
});

describe("GET /api/questions/:id", () => {
  it("returns the question in the importer's shape plus id, bank and version", async () => {
    signInAs(users.INTERVIEWER);
    const response = await one(junior.id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(
      ["bank", "id", "level", "modelAnswer", "number", "probes", "prompt", "sections", "tags", "title", "version", "wrongAnswers"].sort(),
    );
    expect(body).toMatchObject({ id: junior.id, bank: "API bank", version: 1, number: 1, level: "junior", title: "Spinlocks explained", tags: ["locks"] });
    expect(body.wrongAnswers[0]).toEqual({ answer: expect.stringContaining("WRONG-ANSWER-1-A"), why: expect.stringContaining("WHY-1-A") });
    expect(body.probes[0]).toEqual({ question: expect.any(String), answer: expect.stringContaining("EXPECTED-PROBE-ANSWER-1-1") });
    expect(body.sections).toEqual([{ label: "Fix", body: expect.stringContaining("SECTION-BODY-1") }]);
  });

  it("answers 404 for an unknown, malformed or archived id", async () => {
    signInAs(users.ADMIN);
    expect((await one("cnotarealquestionid000000")).status).toBe(404);
    expect((await one("../../etc/passwd")).status).toBe(404);
    const gone = await one(archived.id);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("refuses anonymous callers (401), candidates and hiring managers (403) without revealing content", async () => {
    for (const [user, status] of [[null, 401], [users.CANDIDATE, 403], [users.HIRING_MANAGER, 403]] as const) {
      signInAs(user);
      const response = await one(junior.id);
      expect(response.status).toBe(status);
      expect(await response.text()).not.toContain("MODEL-ANSWER");
    }
    // Refused before the lookup: an unknown id is also 403, so ids cannot be probed.
    signInAs(users.CANDIDATE);
    expect((await one("cnotarealquestionid000000")).status).toBe(403);
  });
});
