// A finished demo interview, so the hiring manager's debrief is never empty on a fresh start:
// candidate Riley Demo, four questions of the demo bank (one per level), two interviewers whose
// submitted scorecards disagree on the senior question. Idempotent: if Riley already has a
// session, nothing is done. Relative imports: the seed runs under plain tsx.
import { readFile } from "node:fs/promises";
import type { Level, PrismaClient } from "../../src/generated/prisma/client";
import { parseDocument } from "../../src/features/questions/import/parse-document";
import { createFinishedSession } from "../../tests/factories/finished-sessions";
import { createBank, createQuestion } from "../../tests/factories/questions";
import { DEMO_BANK_FILE } from "./load-demo-bank";

export const DEMO_CANDIDATE = { name: "Riley Demo", email: "riley@example.com" };
const LEVELS: Level[] = ["JUNIOR", "MIDDLE", "SENIOR", "STAFF"];

/** One active question per level from the demo bank; the question factory when the bank is absent. */
async function demoQuestions(db: PrismaClient): Promise<Array<{ id: string }>> {
  const { bank } = parseDocument(await readFile(DEMO_BANK_FILE, "utf8"), { format: "markdown" });
  const row = await db.bank.findUnique({ where: { name: bank.name }, select: { id: true } });
  if (row) {
    const picked = await Promise.all(
      LEVELS.map((level) => db.question.findFirst({ where: { bankId: row.id, level, archivedAt: null }, orderBy: { number: "asc" }, select: { id: true } })),
    );
    if (picked.every(Boolean)) return picked as Array<{ id: string }>;
  }
  const fallback = await createBank(db, { name: "Demo interview questions", description: "Created for the demo interview" });
  return Promise.all(LEVELS.map((level, i) => createQuestion(db, { bankId: fallback.id, number: i + 1, level })));
}

export async function seedDemoSession(db: PrismaClient): Promise<{ sessionId: string } | null> {
  const existing = await db.candidate.findUnique({ where: { email: DEMO_CANDIDATE.email }, select: { _count: { select: { sessions: true } } } });
  if (existing && existing._count.sessions > 0) return null;
  const [ivan, iris] = await Promise.all(
    ["interviewer@example.com", "interviewer2@example.com"].map((email) => db.user.findUnique({ where: { email }, select: { id: true } })),
  );
  if (!ivan || !iris) throw new Error("seedDemoSession: the demo interviewers must exist first (ensureDemoUsers)");

  const questions = await demoQuestions(db);
  const endedAt = new Date(Date.now() - 24 * 60 * 60 * 1000);
  // Positions 0–3 are junior, middle, senior, staff. The two interviewers part ways on position 2.
  const ratings = { ivan: [4, 3, 3, 2], iris: [4, 3, 1, 2] };
  const notes = {
    ivan: [
      "Clear and quick; used a single-core scheduler as the example without prompting.",
      "Found the lock-ordering cause; needed a nudge towards a global ordering rule.",
      "Named check-then-act and proposed a conditional update. Good enough for me.",
      "Listed idempotency keys but could not say where the key is stored or for how long.",
    ],
    iris: [
      "Solid definitions, good example.",
      "Got there with one hint about acquiring locks in a fixed order.",
      "First answer was a lock in the application, which does nothing once there are two instances. Only reached the conditional update after a hint.",
      "Knew the words, thin on the failure cases (what if the first attempt is still running?).",
    ],
  };
  const session = await createFinishedSession(db, {
    candidate: DEMO_CANDIDATE,
    interviewers: [ivan, iris],
    questions,
    title: "Concurrency interview (demo)",
    endedAt,
    notes: [
      ...ratings.ivan.map((rating, position) => ({ interviewerId: ivan.id, position, rating, notes: notes.ivan[position], hintedProbes: position === 3 ? [0] : [] })),
      ...ratings.iris.map((rating, position) => ({
        interviewerId: iris.id,
        position,
        rating,
        notes: notes.iris[position],
        heardWrongAnswers: position === 2 ? [1] : [],
        hintedProbes: position === 1 || position === 2 ? [0] : [],
      })),
    ],
    scorecards: [
      { interviewerId: ivan.id, recommendation: "YES", level: "SENIOR", summary: "Reasons well about shared state and fixes. Weaker on distributed failure modes; would hire at senior.", submittedAt: new Date(endedAt.getTime() + 40 * 60 * 1000) },
      { interviewerId: iris.id, recommendation: "NO", level: "MIDDLE", summary: "Strong fundamentals, but the double-booking answer reached for an in-process lock first. Middle, not senior yet.", submittedAt: new Date(endedAt.getTime() + 3 * 60 * 60 * 1000) },
    ],
  });
  return { sessionId: session.id };
}
