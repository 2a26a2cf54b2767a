import "server-only";
// Writes to banks as wholes: choosing a bank's purpose, and copying interview questions into a
// practice bank. Each takes the signed-in user, checks banks:manage, then parses its input; each
// is one transaction, audited in it.
import { readStoredContent, storedContentSelect } from "@/features/questions/content";
import { activeQuestionWhere } from "@/features/questions/queries";
import { createQuestions, lockBank } from "@/features/questions/versions";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { toBankPurpose, toPurposeWord } from "./purpose";
import type { ApiBank, CopyResult } from "./types";
import { copyToPracticeSchema, setBankPurposeSchema } from "./schemas";

/**
 * Makes a bank an interview or a practice bank. Practice reads filter on the purpose as it is
 * now, so making a bank an interview bank hides it, and everything practised on it, from every
 * candidate at once; nothing is deleted, and making it a practice bank again shows it again.
 */
export async function setBankPurpose(user: SessionUser, input: unknown): Promise<ApiBank> {
  assertCan(user, "banks:manage");
  const { bankId, purpose: word } = setBankPurposeSchema.parse(input);
  const purpose = toBankPurpose(word);
  return db.$transaction(async (tx) => {
    // Conditional, so two people choosing at once change it (and audit it) once.
    const changed = await tx.bank.updateMany({ where: { id: bankId, purpose: { not: purpose } }, data: { purpose } });
    const bank = await tx.bank.findUnique({
      where: { id: bankId },
      select: { id: true, name: true, purpose: true, _count: { select: { questions: { where: activeQuestionWhere } } } },
    });
    if (!bank) throw new AppError("NOT_FOUND", "No such bank");
    if (changed.count) {
      const from = purpose === "PRACTICE" ? "interview" : "practice";
      await audit({ actorId: user.id, action: "bank.purpose-change", targetType: "bank", targetId: bankId, details: { from, to: word } }, tx);
    }
    return { id: bank.id, name: bank.name, purpose: toPurposeWord(bank.purpose), questionCount: bank._count.questions };
  });
}

/**
 * Copies chosen questions of an interview bank into a practice bank, existing or new. A copy is a
 * question of its own (new Question and version rows, numbered after the bank's last) that names
 * its original in `copiedFromId`; nothing is shared, so editing or archiving either side leaves
 * the other alone. A question the target bank already holds a live copy of is not copied again.
 */
export async function copyQuestionsToPractice(user: SessionUser, input: unknown): Promise<CopyResult> {
  assertCan(user, "banks:manage");
  const data = copyToPracticeSchema.parse(input);
  const ids = [...new Set(data.questionIds)];
  return db.$transaction(async (tx) => {
    const source = await tx.bank.findUnique({ where: { id: data.sourceBankId }, select: { id: true, purpose: true } });
    if (!source) throw new AppError("VALIDATION", "That bank no longer exists", { sourceBankId: ["That bank no longer exists"] });
    if (source.purpose !== "INTERVIEW") {
      const message = "This is a practice bank already: only an interview bank's questions are copied into practice";
      throw new AppError("VALIDATION", message, { sourceBankId: [message] });
    }
    const originals = await tx.question.findMany({
      where: { id: { in: ids }, bankId: source.id, ...activeQuestionWhere },
      orderBy: [{ level: "asc" }, { number: "asc" }],
      select: { id: true, tags: true, ...storedContentSelect },
    });
    if (originals.length !== ids.length) {
      const message = "Some of the chosen questions are no longer in this bank; reload and choose again";
      throw new AppError("VALIDATION", message, { questionIds: [message] });
    }
    const target = data.targetBankId ? await existingPracticeBank(tx, data.targetBankId) : await newPracticeBank(tx, data.newBankName);
    // The lock makes "highest number + 1" safe against a concurrent create, import or copy.
    await lockBank(tx, target.name);
    const present = await tx.question.findMany({
      where: { bankId: target.id, copiedFromId: { in: ids }, ...activeQuestionWhere },
      select: { copiedFromId: true },
    });
    const alreadyThere = new Set(present.map((q) => q.copiedFromId));
    const toCopy = originals.filter((q) => !alreadyThere.has(q.id));
    const last = await tx.question.aggregate({ where: { bankId: target.id }, _max: { number: true } });
    const first = (last._max.number ?? 0) + 1;
    const created = await createQuestions(
      tx,
      toCopy.map((original, i) => {
        const { level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints, tags } = readStoredContent(original);
        return { bankId: target.id, number: first + i, content: { level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints, tags } };
      }),
      user.id,
    );
    await linkCopies(tx, created.map((copy, i) => ({ id: copy.id, copiedFromId: toCopy[i]!.id })));
    await audit(
      {
        actorId: user.id,
        action: "bank.copy-questions",
        targetType: "bank",
        targetId: target.id,
        details: { sourceBankId: source.id, copied: created.length, alreadyThere: alreadyThere.size, questionIds: toCopy.map((q) => q.id) },
      },
      tx,
    );
    return { bankId: target.id, bankName: target.name, copied: created.length, alreadyThere: alreadyThere.size };
  });
}

async function existingPracticeBank(tx: Tx, id: string) {
  const bank = await tx.bank.findUnique({ where: { id }, select: { id: true, name: true, purpose: true } });
  if (!bank) throw new AppError("VALIDATION", "That bank no longer exists", { targetBankId: ["That bank no longer exists"] });
  if (bank.purpose !== "PRACTICE") {
    throw new AppError("VALIDATION", "That is an interview bank", { targetBankId: ["Copies go into a practice bank; that one is for interviews"] });
  }
  return bank;
}

async function newPracticeBank(tx: Tx, name: string) {
  const taken = await tx.bank.findUnique({ where: { name }, select: { purpose: true } });
  if (taken) {
    const message = taken.purpose === "PRACTICE" ? "A practice bank with this name exists: choose it from the list" : "An interview bank has this name: choose another";
    throw new AppError("VALIDATION", message, { newBankName: [message] });
  }
  // A name taken by a concurrent create fails the unique index: a 409, and nothing written.
  return tx.bank.create({ data: { name, purpose: "PRACTICE" }, select: { id: true, name: true } });
}

/** Records each copy's original, in one statement. */
async function linkCopies(tx: Tx, pairs: Array<{ id: string; copiedFromId: string }>): Promise<void> {
  if (!pairs.length) return;
  await tx.$executeRaw`
    UPDATE "Question" AS q SET "copiedFromId" = v."copiedFromId"
    FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS v("id" text, "copiedFromId" text)
    WHERE q."id" = v."id"`;
}
