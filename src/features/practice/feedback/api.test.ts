// POST /api/practice/feedback through the real route handler on the real database (only the
// session lookup is stubbed): the contract, validation, who may call it, practice banks only
// (an interview bank's question is exactly as unknown as a made-up id), and the rate limit.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/practice/feedback/route";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { bankIndexFor } from "./bank-cache";
import { FEEDBACK_LIMIT } from "./queries";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

type Role = "ADMIN" | "INTERVIEWER" | "HIRING_MANAGER" | "CANDIDATE";
const users = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>;
let practice: Awaited<ReturnType<typeof createQuestion>>;
let interview: Awaited<ReturnType<typeof createQuestion>>;

const modelAnswer = "Two threads each hold a lock the other needs, so neither can proceed. Break the cycle by always taking locks in one global order, such as by account id.";
const wrongAnswers = [
  { answer: "Add a timeout and retry the transfer.", why: "A timeout hides the cycle instead of removing it." },
  { answer: "Use a single global lock for all accounts.", why: "It serialises every transfer." },
];

beforeEach(async () => {
  await resetDb();
  for (const role of ["ADMIN", "INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const) users[role] = await createUser(db, { role });
  const practiceBank = await createBank(db, { purpose: "PRACTICE" });
  practice = await createQuestion(db, { bankId: practiceBank.id, number: 1, title: "Why does the transfer hang?", modelAnswer, wrongAnswers });
  await createQuestion(db, { bankId: practiceBank.id, number: 2, title: "What is a race?", modelAnswer: "The result depends on timing of shared access." });
  interview = await createQuestion(db, { number: 1, modelAnswer: "INTERVIEW-ONLY model answer about deadlocks and locks.", wrongAnswers });
  signInAs(users.CANDIDATE);
});

const post = (body: unknown, raw?: string) =>
  POST(new Request("http://probe.test/api/practice/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: raw ?? JSON.stringify(body) }));

describe("POST /api/practice/feedback", () => {
  it("answers a candidate with the key points covered and missed, the coverage and the echoed wrong answers, never cached", async () => {
    const response = await post({ questionId: practice.id, answer: "Each thread holds one lock and needs the other one, so neither proceeds. I'd add a timeout and retry." });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      keyPoints: [
        { text: "Two threads each hold a lock the other needs, so neither can proceed.", covered: true, matched: expect.arrayContaining(["thread", "holds", "lock", "needs", "proceeds"]) },
        { text: "Break the cycle by always taking locks in one global order, such as by account id.", covered: false, matched: expect.any(Array) },
      ],
      coverage: 0.5,
      echoes: [{ index: 0, answer: wrongAnswers[0]!.answer, why: wrongAnswers[0]!.why, score: expect.any(Number) }],
    });
    expect(body.echoes[0].score).toBeGreaterThan(0);
    expect(body.echoes[0].score).toBeLessThanOrEqual(1);
  });

  it("uses the author's key points, and those of the version a run pinned when it names one", async () => {
    const pinned = practice.versions[0]!.id;
    await db.question.update({ where: { id: practice.id }, data: { version: 2, keyPoints: ["Locks taken in one global order"], versions: { create: { version: 2, level: "JUNIOR", title: practice.title, prompt: practice.prompt, modelAnswer, wrongAnswers, probes: [], sections: [], keyPoints: ["Locks taken in one global order"] } } } });
    const current = await (await post({ questionId: practice.id, answer: "Take the locks in one global order." })).json();
    expect(current).toMatchObject({ keyPoints: [{ text: "Locks taken in one global order", covered: true }], coverage: 1 });
    const old = await (await post({ questionId: practice.id, versionId: pinned, answer: "Take the locks in one global order." })).json();
    expect(old.keyPoints.map((p: { text: string }) => p.text)).toEqual([expect.stringContaining("Two threads"), expect.stringContaining("Break the cycle")]);
  });

  it.each([
    ["an empty answer", () => ({ questionId: practice.id, answer: "" }), "answer"],
    ["a blank answer", () => ({ questionId: practice.id, answer: " \n\t " }), "answer"],
    ["an answer over 20,000 characters", () => ({ questionId: practice.id, answer: "a".repeat(20_001) }), "answer"],
    ["an answer that is not text", () => ({ questionId: practice.id, answer: 42 }), "answer"],
    ["no question", () => ({ answer: "Locks in order" }), "questionId"],
    ["a malformed question id", () => ({ questionId: "not an id!", answer: "Locks in order" }), "questionId"],
    ["a malformed version id", () => ({ questionId: practice.id, versionId: "../x", answer: "Locks in order" }), "versionId"],
  ])("refuses %s with 400 and a field error", async (_name, body, field) => {
    const response = await post(body());
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
  });

  it("takes an answer of exactly 20,000 characters", async () => {
    expect((await post({ questionId: practice.id, answer: `${"lock order ".repeat(1818)}ab` })).status).toBe(200);
  });

  it("refuses a body that is not JSON with 400", async () => {
    expect((await post(null, "{not json")).status).toBe(400);
  });

  it("refuses interviewers, hiring managers and admins (403) and strangers (401) before reading the body", async () => {
    for (const [role, status] of [["INTERVIEWER", 403], ["HIRING_MANAGER", 403], ["ADMIN", 403], [null, 401]] as const) {
      signInAs(role ? users[role] : null);
      for (const body of [{ questionId: practice.id, answer: "Locks in order" }, { answer: "" }]) {
        const response = await post(body);
        expect(response.status).toBe(status);
        expect(await response.text()).not.toContain("Two threads");
      }
    }
  });

  it("answers an interview bank's question exactly as an unknown one: 404, and none of its text", async () => {
    const unknown = await post({ questionId: "c".repeat(25), answer: "Locks in order" });
    const ofInterviewBank = await post({ questionId: interview.id, answer: "Locks in order" });
    expect([unknown.status, ofInterviewBank.status]).toEqual([404, 404]);
    const [a, b] = [await unknown.text(), await ofInterviewBank.text()];
    expect(b).toBe(a);
    expect(b).not.toContain("INTERVIEW-ONLY");
    // A version id of an interview question, or of another question, is not found either.
    expect((await post({ questionId: practice.id, versionId: interview.versions[0]!.id, answer: "Locks in order" })).status).toBe(404);
    expect((await post({ questionId: interview.id, versionId: interview.versions[0]!.id, answer: "Locks in order" })).status).toBe(404);
  });

  it("stops answering once the question's bank is made an interview bank", async () => {
    expect((await post({ questionId: practice.id, answer: "Locks in order" })).status).toBe(200);
    await db.bank.update({ where: { id: practice.bankId }, data: { purpose: "INTERVIEW" } });
    expect((await post({ questionId: practice.id, answer: "Locks in order" })).status).toBe(404);
  });

  it("weighs terms over the bank as it is now: the cached index is read again after any change", async () => {
    const first = await bankIndexFor(practice.bankId);
    expect(first.questions).toBe(2);
    expect(await bankIndexFor(practice.bankId)).toBe(first);
    await createQuestion(db, { bankId: practice.bankId, number: 3, modelAnswer: "Semaphores count permits." });
    const added = await bankIndexFor(practice.bankId);
    expect(added.questions).toBe(3);
    expect(added.df.has("semaphor")).toBe(true);
    await db.question.update({ where: { id: practice.id }, data: { modelAnswer: "Rewritten about livelock." } });
    expect((await bankIndexFor(practice.bankId)).df.has("livelock")).toBe(true);
    await db.question.updateMany({ where: { bankId: practice.bankId, number: 3 }, data: { archivedAt: new Date() } });
    expect((await bankIndexFor(practice.bankId)).questions).toBe(2);
  });

  it(`allows ${FEEDBACK_LIMIT.max} requests a minute per candidate, then answers 429 with a message`, async () => {
    for (let i = 0; i < FEEDBACK_LIMIT.max; i++) expect((await post({ questionId: practice.id, answer: `Locks in order ${i}` })).status).toBe(200);
    const refused = await post({ questionId: practice.id, answer: "One more" });
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Try again in \d+ s/) });
    // Another candidate has their own allowance.
    signInAs(await createUser(db, { role: "CANDIDATE" }));
    expect((await post({ questionId: practice.id, answer: "Locks in order" })).status).toBe(200);
  });
});
