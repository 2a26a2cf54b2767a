// Copying interview questions into a practice bank, through the server actions on the real
// database: a copy is a question of its own (never a shared row), all or nothing, and only from
// an interview bank into a practice bank, by interviewers and admins.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPracticeHome } from "@/features/practice/queries";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { requireUser, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { copyToPracticeAction, setBankPurposeAction } from "./actions";
import { getCopySource } from "./queries";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type User = Awaited<ReturnType<typeof createUser>>;
let interviewer: User;
let source: { id: string; name: string };
let q1: Awaited<ReturnType<typeof createQuestion>>;
let q2: Awaited<ReturnType<typeof createQuestion>>;
let q3: Awaited<ReturnType<typeof createQuestion>>;

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
};

const counts = async () => ({ banks: await db.bank.count(), questions: await db.question.count(), versions: await db.questionVersion.count() });

beforeEach(async () => {
  await resetDb();
  interviewer = await createUser(db, { role: "INTERVIEWER" });
  source = await createBank(db, { name: "Team interview bank" });
  q1 = await createQuestion(db, { bankId: source.id, number: 1, level: "JUNIOR", tags: ["locks"] });
  q2 = await createQuestion(db, { bankId: source.id, number: 2, level: "SENIOR" });
  q3 = await createQuestion(db, { bankId: source.id, number: 3, level: "JUNIOR" });
  signInAs(interviewer);
});

describe("copying into a new practice bank", () => {
  it("makes new questions with their own versions that name their originals, and the candidate sees only the copies", async () => {
    const result = ok(await copyToPracticeAction({ sourceBankId: source.id, questionIds: [q2.id, q1.id], newBankName: "Warm-up" }));
    expect(result).toMatchObject({ bankName: "Warm-up", copied: 2, alreadyThere: 0 });
    const bank = await db.bank.findUniqueOrThrow({ where: { id: result.bankId }, include: { questions: { orderBy: { number: "asc" }, include: { versions: true } } } });
    expect(bank.purpose).toBe("PRACTICE");
    // In the source bank's order (level, then number), numbered from 1, each at version 1.
    expect(bank.questions.map((q) => [q.number, q.copiedFromId, q.version, q.versions.map((v) => v.version)])).toEqual([
      [1, q1.id, 1, [1]],
      [2, q2.id, 1, [1]],
    ]);
    const [copy] = bank.questions;
    expect(copy!.id).not.toBe(q1.id);
    expect(copy!.versions[0]!.id).not.toBe(q1.versions[0]!.id);
    expect({ title: copy!.title, prompt: copy!.prompt, modelAnswer: copy!.modelAnswer, wrongAnswers: copy!.wrongAnswers, probes: copy!.probes, sections: copy!.sections, tags: copy!.tags }).toEqual({
      title: q1.title, prompt: q1.prompt, modelAnswer: q1.modelAnswer, wrongAnswers: q1.wrongAnswers, probes: q1.probes, sections: q1.sections, tags: ["locks"],
    });

    // Not a shared row: changing the copy leaves the original alone.
    await db.question.update({ where: { id: copy!.id }, data: { title: "Reworded for practice" } });
    expect((await db.question.findUniqueOrThrow({ where: { id: q1.id } })).title).toBe(q1.title);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "bank.copy-questions" } });
    expect(audit).toMatchObject({ actorId: interviewer.id, targetId: result.bankId, details: { sourceBankId: source.id, copied: 2, alreadyThere: 0 } });

    const candidate = await createUser(db, { role: "CANDIDATE" });
    signInAs(candidate);
    const home = await getPracticeHome(await requireUser());
    expect(home.banks).toEqual([{ id: result.bankId, name: "Warm-up", questionCount: 2 }]);
  });

  it("adds to an existing practice bank after its last number, and does not copy a question twice", async () => {
    const target = await createBank(db, { name: "Practice", purpose: "PRACTICE" });
    await createQuestion(db, { bankId: target.id, number: 7 });
    ok(await copyToPracticeAction({ sourceBankId: source.id, questionIds: [q1.id], targetBankId: target.id }));
    const again = ok(await copyToPracticeAction({ sourceBankId: source.id, questionIds: [q1.id, q3.id], targetBankId: target.id }));
    expect(again).toMatchObject({ copied: 1, alreadyThere: 1 });
    const numbers = await db.question.findMany({ where: { bankId: target.id }, orderBy: { number: "asc" }, select: { number: true, copiedFromId: true } });
    expect(numbers).toEqual([
      { number: 7, copiedFromId: null },
      { number: 8, copiedFromId: q1.id },
      { number: 9, copiedFromId: q3.id },
    ]);
    const page = await getCopySource(await requireUser(), source.id);
    expect(page.questions.map((q) => [q.id, q.copies])).toEqual([[q1.id, 1], [q3.id, 1], [q2.id, 0]]);
    expect(page.practiceBanks).toEqual([{ id: target.id, name: "Practice" }]);
  });
});

describe("copying refuses, with a field error and nothing written", () => {
  it("a target that is an interview bank, a practice bank as the source, a taken name, and a question of another bank or archived", async () => {
    const otherInterview = await createBank(db, { name: "Other interview bank" });
    const practice = await createBank(db, { name: "Practice", purpose: "PRACTICE" });
    const stranger = await createQuestion(db, { bankId: otherInterview.id, number: 1 });
    const archived = await createQuestion(db, { bankId: source.id, number: 4 });
    await db.question.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const before = await counts();
    const cases: Array<[unknown, string]> = [
      [{ sourceBankId: source.id, questionIds: [q1.id], targetBankId: otherInterview.id }, "targetBankId"],
      [{ sourceBankId: practice.id, questionIds: [q1.id], newBankName: "New" }, "sourceBankId"],
      [{ sourceBankId: source.id, questionIds: [q1.id], newBankName: "Practice" }, "newBankName"],
      [{ sourceBankId: source.id, questionIds: [q1.id], newBankName: "Other interview bank" }, "newBankName"],
      [{ sourceBankId: source.id, questionIds: [q1.id, stranger.id], newBankName: "New" }, "questionIds"],
      [{ sourceBankId: source.id, questionIds: [q1.id, archived.id], targetBankId: practice.id }, "questionIds"],
      [{ sourceBankId: source.id, questionIds: [], newBankName: "New" }, "questionIds"],
      [{ sourceBankId: source.id, questionIds: [q1.id] }, "targetBankId"],
      [{ sourceBankId: source.id, questionIds: [q1.id], targetBankId: practice.id, newBankName: "New" }, "newBankName"],
      [{ sourceBankId: "no-such-bank", questionIds: [q1.id], newBankName: "New" }, "sourceBankId"],
      [{ sourceBankId: source.id, questionIds: [q1.id], targetBankId: "no-such-bank" }, "targetBankId"],
      [{ sourceBankId: source.id, questionIds: ["not an id!"], newBankName: "New" }, "questionIds.0"],
    ];
    for (const [input, field] of cases) {
      const result = await copyToPracticeAction(input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } } });
    }
    expect(await counts()).toEqual(before);
    expect(await db.auditEntry.count({ where: { action: "bank.copy-questions" } })).toBe(0);
  });

  it("is for interviewers and admins only", async () => {
    for (const role of ["HIRING_MANAGER", "CANDIDATE"] as const) {
      signInAs(await createUser(db, { role }));
      expect(await copyToPracticeAction({ sourceBankId: source.id, questionIds: [q1.id], newBankName: "Nope" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      expect(await setBankPurposeAction({ bankId: source.id, purpose: "practice" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      await expect(getCopySource(await requireUser(), source.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    signInAs(await createUser(db, { role: "ADMIN" }));
    expect(ok(await copyToPracticeAction({ sourceBankId: source.id, questionIds: [q1.id], newBankName: "By the admin" })).copied).toBe(1);
    expect(await db.bank.count({ where: { name: "Nope" } })).toBe(0);
  });
});

describe("the bank page's purpose form", () => {
  it("changes the purpose, answers with the bank, and tells an unknown bank from bad input", async () => {
    expect(ok(await setBankPurposeAction({ bankId: source.id, purpose: "practice" }))).toMatchObject({ id: source.id, purpose: "practice", questionCount: 3 });
    expect(await setBankPurposeAction({ bankId: source.id, purpose: "secret" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { purpose: [expect.any(String)] } } });
    expect(await setBankPurposeAction({ bankId: "no-such-bank", purpose: "practice" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await expect(getCopySource(await requireUser(), "no-such-bank")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
