import "server-only";
import { storedProbes, storedWrongAnswers } from "@/features/questions/content";
import type { Prisma } from "@/generated/prisma/client";
import { toLevelWord } from "@/lib/levels";
import { furthestReached } from "./completeness";
import { toRecommendationWord } from "./schemas";
import type { Rating, ScorecardRating, ScorecardView } from "./types";

// One narrow select loads everything a session's scorecards are made of: the questions (the
// snapshot the session used), every panelist's QuestionNote rows, and the Scorecard rows.

export const scorecardSessionSelect = {
  id: true,
  title: true,
  status: true,
  currentIndex: true,
  startedAt: true,
  endedAt: true,
  createdAt: true,
  candidate: { select: { id: true, name: true, email: true } },
  interviewers: { select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" } },
  questions: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      revealedProbes: true,
      elapsedMs: true,
      activeSince: true,
      questionVersion: { select: { questionId: true, title: true, level: true, wrongAnswers: true, probes: true } },
      notes: { select: { interviewerId: true, rating: true, notes: true, heardWrongAnswers: true, hintedProbes: true, revision: true } },
    },
  },
  scorecards: {
    select: {
      id: true,
      interviewerId: true,
      status: true,
      recommendation: true,
      level: true,
      summary: true,
      revision: true,
      submittedAt: true,
      updatedAt: true,
      history: { select: { amendedById: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  },
} satisfies Prisma.InterviewSessionSelect;

export type ScorecardSessionRow = Prisma.InterviewSessionGetPayload<{ select: typeof scorecardSessionSelect }>;
export type ScorecardRow = ScorecardSessionRow["scorecards"][number];
type Person = { id: string; name: string; email: string };

const asRating = (value: number | null | undefined): Rating | null =>
  value && value >= 1 && value <= 4 ? (value as Rating) : null;

/** Which positions the interview reached (see completeness.ts). */
export function reachedPositions(row: Pick<ScorecardSessionRow, "currentIndex" | "questions">): number {
  return furthestReached(
    row.currentIndex,
    row.questions.map((q) => ({ position: q.position, elapsedMs: q.elapsedMs, revealedProbes: q.revealedProbes, active: !!q.activeSince })),
  );
}

/** One interviewer's ratings on every question of the session, from their QuestionNote rows. */
export function ratingsOf(row: ScorecardSessionRow, interviewerId: string): ScorecardRating[] {
  const furthest = reachedPositions(row);
  return row.questions.map((q) => {
    const v = q.questionVersion;
    const note = q.notes.find((n) => n.interviewerId === interviewerId);
    const wrong = storedWrongAnswers(v.wrongAnswers);
    const probes = storedProbes(v.probes);
    return {
      questionId: v.questionId,
      position: q.position,
      title: v.title,
      level: v.level,
      rating: asRating(note?.rating),
      notes: note?.notes ?? "",
      reached: q.position <= furthest,
      probesReached: q.revealedProbes,
      probeCount: probes.length,
      heardWrongAnswers: (note?.heardWrongAnswers ?? []).flatMap((i) => (wrong[i] ? [wrong[i].answer] : [])),
      hintedProbes: (note?.hintedProbes ?? []).flatMap((i) => (probes[i] ? [probes[i].question] : [])),
    };
  });
}

/** A scorecard as the API and pages show it; `card` is null for a panelist who has not saved one yet. */
export function toScorecardView(
  row: ScorecardSessionRow,
  person: Person,
  card: ScorecardRow | null,
  viewerId: string,
  names: ReadonlyMap<string, string>,
): ScorecardView {
  return {
    sessionId: row.id,
    interviewer: { email: person.email, name: person.name },
    mine: person.id === viewerId,
    status: card?.status === "SUBMITTED" ? "submitted" : "draft",
    recommendation: card?.recommendation ? toRecommendationWord(card.recommendation) : null,
    level: card?.level ? toLevelWord(card.level) : null,
    summary: card?.summary ?? "",
    revision: card?.revision ?? 0,
    submittedAt: card?.submittedAt?.toISOString() ?? null,
    updatedAt: card?.updatedAt.toISOString() ?? null,
    ratings: ratingsOf(row, person.id),
    amendments: (card?.history ?? []).map((h) => ({ amendedBy: names.get(h.amendedById) ?? "Unknown user", at: h.createdAt.toISOString() })),
  };
}

/** The snapshot kept in ScorecardRevision before an amendment: the card and its ratings as submitted. */
export function snapshotOf(row: ScorecardSessionRow, card: ScorecardRow) {
  return {
    status: card.status,
    recommendation: card.recommendation,
    level: card.level,
    summary: card.summary,
    revision: card.revision,
    submittedAt: card.submittedAt?.toISOString() ?? null,
    ratings: row.questions.map((q) => {
      const note = q.notes.find((n) => n.interviewerId === card.interviewerId);
      return {
        questionId: q.questionVersion.questionId,
        position: q.position,
        rating: note?.rating ?? null,
        notes: note?.notes ?? "",
        heardWrongAnswers: note?.heardWrongAnswers ?? [],
        hintedProbes: note?.hintedProbes ?? [],
      };
    }),
  };
}
