import "server-only";
// Reads about banks as wholes: the JSON API's list and what the copy-to-practice page offers.
// Each takes the signed-in user and checks first; the bank page itself reads through
// questions/queries.ts (listBanks), which carries each bank's purpose.
import { activeQuestionWhere } from "@/features/questions/queries";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { toPurposeWord } from "./purpose";
import type { ApiBank, CopySource } from "./types";

/** GET /api/banks: every bank by name, with its purpose and how many active questions it holds. */
export async function listBankPurposes(user: SessionUser): Promise<ApiBank[]> {
  assertCan(user, "questions:read");
  const banks = await db.bank.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, purpose: true, _count: { select: { questions: { where: activeQuestionWhere } } } },
  });
  return banks.map((bank) => ({ id: bank.id, name: bank.name, purpose: toPurposeWord(bank.purpose), questionCount: bank._count.questions }));
}

/** The copy page: a bank's active questions (with how many practice copies each has already) and the practice banks to copy into. */
export async function getCopySource(user: SessionUser, bankId: string): Promise<CopySource> {
  assertCan(user, "banks:manage");
  const bank = await db.bank.findUnique({ where: { id: bankId }, select: { id: true, name: true, purpose: true } });
  if (!bank) throw new AppError("NOT_FOUND", "No such bank");
  const [questions, practiceBanks] = await Promise.all([
    db.question.findMany({
      where: { bankId, ...activeQuestionWhere },
      // Level is a Postgres enum declared Junior → Staff, so this orders by level, then number.
      orderBy: [{ level: "asc" }, { number: "asc" }],
      select: { id: true, number: true, level: true, title: true, _count: { select: { copies: { where: activeQuestionWhere } } } },
    }),
    db.bank.findMany({ where: { purpose: "PRACTICE" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    bank,
    questions: questions.map(({ _count, ...q }) => ({ ...q, copies: _count.copies })),
    practiceBanks,
  };
}
