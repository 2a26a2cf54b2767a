// Builds a COMPLETED interview session straight in the database: the questions' current versions
// snapshotted as the app does, the panel, each interviewer's per-question notes (what the cockpit
// writes) and their scorecards. For tests, Playwright fixtures and the demo seed, so it takes the
// Prisma client as an argument and uses relative imports only.
import { createHash, randomBytes } from "node:crypto";
import type { Level, PrismaClient, Recommendation, ScorecardStatus } from "../../src/generated/prisma/client";

export type FinishedNote = {
  interviewerId: string;
  /** 0-based position of the question in the session. */
  position: number;
  rating?: number | null;
  notes?: string;
  heardWrongAnswers?: number[];
  hintedProbes?: number[];
};

export type FinishedScorecard = {
  interviewerId: string;
  status?: ScorecardStatus;
  recommendation?: Recommendation | null;
  level?: Level | null;
  summary?: string;
  /** Defaults to an hour after the session ended for SUBMITTED scorecards. */
  submittedAt?: Date | null;
};

export type FinishedSessionOptions = {
  /** An existing candidate by id, or one found by email / created by name. */
  candidate: { id: string } | { name: string; email?: string | null };
  interviewers: ReadonlyArray<{ id: string }>;
  /** Bank questions, in session order; each is snapshotted at its current version. */
  questions: ReadonlyArray<{ id: string }>;
  notes?: readonly FinishedNote[];
  scorecards?: readonly FinishedScorecard[];
  title?: string;
  startedAt?: Date;
  endedAt?: Date;
  /** Probes revealed per question (by position); defaults to 1 where the question has probes. */
  revealedProbes?: readonly number[];
  /** How far the interview got (0-based); defaults to the last question. */
  reachedPosition?: number;
  createdById?: string;
};

async function candidateIdFor(db: PrismaClient, candidate: FinishedSessionOptions["candidate"]): Promise<string> {
  if ("id" in candidate) return candidate.id;
  if (candidate.email) {
    const row = await db.candidate.upsert({ where: { email: candidate.email }, create: { name: candidate.name, email: candidate.email }, update: {} });
    return row.id;
  }
  return (await db.candidate.create({ data: { name: candidate.name } })).id;
}

async function currentVersionIds(db: PrismaClient, questions: FinishedSessionOptions["questions"]) {
  const rows = await db.question.findMany({
    where: { id: { in: questions.map((q) => q.id) } },
    select: { id: true, version: true, probes: true, versions: { select: { id: true, version: true } } },
  });
  return questions.map((q) => {
    const row = rows.find((r) => r.id === q.id);
    const version = row?.versions.find((v) => v.version === row.version);
    if (!row || !version) throw new Error(`createFinishedSession: question ${q.id} has no current version`);
    return { versionId: version.id, probeCount: Array.isArray(row.probes) ? row.probes.length : 0 };
  });
}

export async function createFinishedSession(db: PrismaClient, options: FinishedSessionOptions) {
  if (!options.interviewers.length) throw new Error("createFinishedSession: give at least one interviewer");
  const endedAt = options.endedAt ?? new Date(Date.now() - 2 * 60 * 60 * 1000);
  const startedAt = options.startedAt ?? new Date(endedAt.getTime() - 60 * 60 * 1000);
  const reached = options.reachedPosition ?? options.questions.length - 1;
  const candidateId = await candidateIdFor(db, options.candidate);
  const versions = await currentVersionIds(db, options.questions);
  const perQuestionMs = Math.floor((endedAt.getTime() - startedAt.getTime()) / Math.max(1, reached + 1));

  const session = await db.interviewSession.create({
    data: {
      candidateId,
      candidateName: "name" in options.candidate ? options.candidate.name : "",
      title: options.title ?? "Finished interview",
      status: "COMPLETED",
      // The join token is never needed again; only a random hash is stored, as for real sessions.
      tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
      currentIndex: reached,
      revision: 1,
      startedAt,
      endedAt,
      createdById: options.createdById ?? options.interviewers[0]!.id,
      interviewers: { create: options.interviewers.map((i) => ({ userId: i.id })) },
      questions: {
        create: versions.map((v, position) => ({
          position,
          questionVersionId: v.versionId,
          revealedProbes: Math.min(options.revealedProbes?.[position] ?? (position <= reached ? 1 : 0), v.probeCount),
          elapsedMs: position <= reached ? perQuestionMs : 0,
        })),
      },
    },
    select: { id: true, candidateId: true, questions: { select: { id: true, position: true }, orderBy: { position: "asc" } } },
  });

  for (const note of options.notes ?? []) {
    const question = session.questions.find((q) => q.position === note.position);
    if (!question) throw new Error(`createFinishedSession: no question at position ${note.position}`);
    await db.questionNote.create({
      data: {
        sessionQuestionId: question.id,
        interviewerId: note.interviewerId,
        rating: note.rating ?? null,
        notes: note.notes ?? "",
        heardWrongAnswers: note.heardWrongAnswers ?? [],
        hintedProbes: note.hintedProbes ?? [],
        revision: 1,
      },
    });
  }

  for (const card of options.scorecards ?? []) {
    const status = card.status ?? "SUBMITTED";
    await db.scorecard.create({
      data: {
        sessionId: session.id,
        interviewerId: card.interviewerId,
        status,
        recommendation: card.recommendation ?? null,
        level: card.level ?? null,
        summary: card.summary ?? "",
        revision: 1,
        submittedAt: card.submittedAt !== undefined ? card.submittedAt : status === "SUBMITTED" ? new Date(endedAt.getTime() + 60 * 60 * 1000) : null,
      },
    });
  }
  return session;
}
