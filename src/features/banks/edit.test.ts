// An admin's rename, description and deletion of banks, on the real database: a rename keeps the
// importer finding the bank (by its new name), a bank in use is never deleted, and every change is
// audited and one transaction.
import { beforeEach, describe, expect, it } from "vitest";
import { parseDocument } from "@/features/questions/import/parse-document";
import { importParsedDocument } from "@/features/questions/import/persist";
import { bankDocument } from "@/features/questions/testing/documents";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { deleteBank, editBank } from "./edit";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;

beforeEach(async () => {
  await resetDb();
  admin = await createUser(db, { role: "ADMIN" });
});

const document = (title: string) =>
  parseDocument(
    bankDocument(title, [
      { number: 1, title: "What is a thread?", answer: "A unit of execution.", wrong: [["A process", "no"]], probes: [["Why?", "Because."]] },
      { number: 2, title: "What is a deadlock?", answer: "A cycle of waiters.", wrong: [["A crash", "no"]], probes: [["How?", "So."]] },
    ]),
  );

describe("renaming and describing a bank", () => {
  it("renames and describes it, audited; importing under the new name updates the same bank in place", async () => {
    const first = await importParsedDocument(document("Concurrency"), { actorId: admin.id });
    expect(await editBank(admin, { bankId: first.bankId, name: "Concurrency (team)", description: "Our **own** words." })).toEqual({ id: first.bankId, name: "Concurrency (team)" });
    expect(await db.bank.findUniqueOrThrow({ where: { id: first.bankId } })).toMatchObject({ name: "Concurrency (team)", description: "Our **own** words." });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "bank.edit", targetId: first.bankId } });
    expect(entry).toMatchObject({ actorId: admin.id, details: { changed: ["name", "description"], nameFrom: "Concurrency", nameTo: "Concurrency (team)" } });

    // The same document imported with the new name as its bank: the same bank, nothing new.
    const again = await importParsedDocument(document("Concurrency"), { bankName: "Concurrency (team)", actorId: admin.id });
    expect(again).toMatchObject({ bankId: first.bankId, created: 0, unchanged: 2, archived: 0 });
    expect(await db.bank.count()).toBe(1);
  });

  it("refuses a name another bank has (a field error), a blank or oversized one, and non-admins; writes nothing", async () => {
    const a = await createBank(db, { name: "Alpha" });
    await createBank(db, { name: "Beta" });
    await expect(editBank(admin, { bankId: a.id, name: "Beta", description: "" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { name: [expect.any(String)] } });
    await expect(editBank(admin, { bankId: a.id, name: " ", description: "" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(editBank(admin, { bankId: a.id, name: "x".repeat(121), description: "" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(editBank(admin, { bankId: a.id, name: "Gamma", description: "x".repeat(20_001) })).rejects.toMatchObject({ name: "ZodError" });
    for (const role of ["INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const) {
      await expect(editBank(await createUser(db, { role }), { bankId: a.id, name: "Gamma", description: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.bank.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "Alpha" });
    expect(await db.auditEntry.count({ where: { action: "bank.edit" } })).toBe(0);
    await expect(editBank(admin, { bankId: "cmissingbank0000000000000", name: "Gamma", description: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deleting a bank", () => {
  it("deletes an unused bank with its questions and versions, audited without its content", async () => {
    const bank = await createBank(db, { name: "Unused" });
    const question = await createQuestion(db, { bankId: bank.id });
    // A practice copy elsewhere survives, unlinked.
    const practice = await createBank(db, { name: "Practice", purpose: "PRACTICE" });
    const copy = await createQuestion(db, { bankId: practice.id });
    await db.question.update({ where: { id: copy.id }, data: { copiedFromId: question.id } });

    expect(await deleteBank(admin, { bankId: bank.id })).toEqual({ id: bank.id, name: "Unused" });
    expect(await db.bank.findUnique({ where: { id: bank.id } })).toBeNull();
    expect(await db.questionVersion.count({ where: { questionId: question.id } })).toBe(0);
    expect(await db.question.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ copiedFromId: null });
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "bank.delete" } })).toMatchObject({ targetId: bank.id, details: { name: "Unused", questions: 1 } });
  });

  it("refuses a bank in use, naming what uses it: kits, sessions, practice", async () => {
    const interviewer = await createUser(db, { role: "INTERVIEWER" });
    const candidate = await createUser(db, { role: "CANDIDATE" });
    const bank = await createBank(db, { name: "Busy" });
    const [q1, q2] = [await createQuestion(db, { bankId: bank.id }), await createQuestion(db, { bankId: bank.id })];

    await db.kit.create({ data: { name: "Backend loop", createdById: interviewer.id, items: { create: [{ questionId: q1.id, position: 0 }] } } });
    await expect(deleteBank(admin, { bankId: bank.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/1 kit \(“Backend loop”\)/) });

    await db.kit.deleteMany();
    const { session } = await createSession(db, { creatorId: interviewer.id, questionIds: [q2.id] });
    await expect(deleteBank(admin, { bankId: bank.id })).rejects.toMatchObject({ message: expect.stringMatching(new RegExp(`1 interview session \\(“${session.title}”\\)`)) });

    await db.interviewSession.deleteMany();
    await db.practiceAttempt.create({ data: { userId: candidate.id, questionId: q1.id, questionVersionId: q1.versions[0]!.id, answer: "a", grade: 3, durationMs: 1 } });
    await expect(deleteBank(admin, { bankId: bank.id })).rejects.toMatchObject({ message: expect.stringMatching(/1 practice attempt\b/) });

    await db.practiceAttempt.deleteMany();
    await db.practiceRun.create({ data: { userId: candidate.id, questionIds: [q2.id] } });
    await expect(deleteBank(admin, { bankId: bank.id })).rejects.toMatchObject({ message: expect.stringMatching(/1 practice run\b/) });

    expect(await db.question.count({ where: { bankId: bank.id } })).toBe(2);
    expect(await db.auditEntry.count({ where: { action: "bank.delete" } })).toBe(0);
  });

  it("is for admins only", async () => {
    const bank = await createBank(db);
    for (const role of ["INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const) {
      await expect(deleteBank(await createUser(db, { role }), { bankId: bank.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.bank.count()).toBe(1);
  });
});
