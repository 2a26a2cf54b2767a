// Builds banks and questions (with their version-1 snapshot, as the app itself does) for tests.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { QuestionContent } from "../../src/features/questions/content";
import type { Level } from "../../src/lib/levels";

let sequence = 0;

export type BankPurpose = "INTERVIEW" | "PRACTICE";

/** An interview bank unless told otherwise, as the app makes them: practice tests ask for PRACTICE. */
export async function createBank(db: PrismaClient, overrides: Partial<{ name: string; description: string; purpose: BankPurpose }> = {}) {
  sequence += 1;
  return db.bank.create({
    data: {
      name: overrides.name ?? `Test bank ${process.pid}-${Date.now()}-${sequence}`,
      description: overrides.description ?? "A bank for tests",
      purpose: overrides.purpose ?? "INTERVIEW",
    },
  });
}

/** `purpose` applies to the bank made for the question when no `bankId` is given. */
export type QuestionOverrides = Partial<QuestionContent> & { bankId?: string; number?: number; level?: Level; purpose?: BankPurpose };

/** A question whose every interviewer-only field carries a recognisable marker for leak tests. */
export async function createQuestion(db: PrismaClient, overrides: QuestionOverrides = {}) {
  sequence += 1;
  const bankId = overrides.bankId ?? (await createBank(db, { purpose: overrides.purpose })).id;
  const n = overrides.number ?? sequence;
  const content = {
    level: overrides.level ?? "JUNIOR",
    title: overrides.title ?? `Question ${n}: what is a race condition?`,
    prompt: overrides.prompt ?? `Explain what a race condition is (prompt ${n}).`,
    modelAnswer: overrides.modelAnswer ?? `MODEL-ANSWER-${n}: two operations on shared state whose outcome depends on timing.`,
    wrongAnswers: overrides.wrongAnswers ?? [
      { answer: `WRONG-ANSWER-${n}-A: it only happens with threads`, why: `WHY-${n}-A: async code races too` },
      { answer: `WRONG-ANSWER-${n}-B: a mutex always fixes it`, why: `WHY-${n}-B: ordering bugs remain` },
    ],
    probes: overrides.probes ?? [
      { question: `Probe question ${n}.1: how would you detect one?`, answer: `EXPECTED-PROBE-ANSWER-${n}-1: a race detector and stress tests` },
      { question: `Probe question ${n}.2: how would you prevent one?`, answer: `EXPECTED-PROBE-ANSWER-${n}-2: ownership, locks or immutability` },
    ],
    sections: overrides.sections ?? [{ label: "Fix", body: `SECTION-BODY-${n}: protect the shared state` }],
    keyPoints: overrides.keyPoints ?? [],
  };
  return db.question.create({
    data: {
      bankId,
      number: n,
      ...content,
      tags: overrides.tags ?? ["concurrency"],
      version: 1,
      versions: { create: { version: 1, ...content } },
    },
    include: { versions: true },
  });
}
