import "server-only";
import type { CandidateSession, RecommendationWord } from "@/features/scorecards";
import { loadCandidateCards } from "@/features/scorecards/server";
import { toLevel, type Level } from "@/lib/levels";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { compareGrid, type CompareRow } from "./compare";
import { consensusLevel, levelEstimates, questionRows, ratingDistribution, recommendationCounts } from "./debrief";
import { candidateStatus, type CandidateStatus } from "./status";

// Reads for the hiring manager's pages (the lists are in list.ts). Each opens with the permission
// check; what a viewer sees of the scorecards goes through the same blind rule as the scorecard API.

/** A candidate's id and name; 404 when there is no such candidate (the [id] layout's check). */
export async function findCandidate(user: SessionUser, candidateId: string): Promise<{ id: string; name: string }> {
  assertCan(user, "candidates:review");
  const candidate = await db.candidate.findUnique({ where: { id: candidateId }, select: { id: true, name: true } });
  if (!candidate) throw new AppError("NOT_FOUND", "No such candidate");
  return candidate;
}

export type DecisionView = { outcome: "HIRE" | "NO_HIRE" | "HOLD"; reason: string; decidedBy: string; at: string };

async function decisionsOf(candidateId: string): Promise<DecisionView[]> {
  const rows = await db.decision.findMany({
    where: { candidateId },
    orderBy: { createdAt: "desc" },
    select: { outcome: true, reason: true, createdAt: true, decidedBy: { select: { name: true } } },
  });
  return rows.map((d) => ({ outcome: d.outcome, reason: d.reason, decidedBy: d.decidedBy.name, at: d.createdAt.toISOString() }));
}

function statusOf(sessions: readonly CandidateSession[], decided: boolean): CandidateStatus {
  return candidateStatus({
    decided,
    sessions: sessions.map((s) => ({ status: s.status, panelSize: s.panel.length, submitted: s.panel.filter((p) => p.status === "submitted").length })),
  });
}

export async function getDebrief(user: SessionUser, candidateId: string) {
  assertCan(user, "candidates:review");
  const loaded = await loadCandidateCards(user, candidateId);
  if (!loaded) throw new AppError("NOT_FOUND", "No such candidate");
  const decisions = await decisionsOf(candidateId);
  const submitted = loaded.sessions.flatMap((s) => s.submitted);
  return {
    candidate: loaded.candidate,
    status: statusOf(loaded.sessions, decisions.length > 0),
    othersHidden: loaded.othersHidden,
    sessions: loaded.sessions.map((s) => ({ ...s, questions: questionRows(s.submitted) })),
    distribution: ratingDistribution(submitted),
    levels: levelEstimates(loaded.sessions.map((s) => ({ title: s.title, cards: s.submitted }))),
    recommendations: recommendationCounts(submitted),
    decisions,
  };
}
export type Debrief = Awaited<ReturnType<typeof getDebrief>>;

export type ComparisonColumn = {
  id: string;
  name: string;
  status: CandidateStatus;
  sessions: number;
  recommendations: Record<RecommendationWord, number>;
  level: Level | null;
  decision: DecisionView | null;
};

export async function getComparison(user: SessionUser, ids: readonly string[]): Promise<{ columns: ComparisonColumn[]; rows: CompareRow[]; missing: string[] }> {
  assertCan(user, "candidates:review");
  const loaded = await Promise.all(ids.map(async (id) => ({ id, cards: await loadCandidateCards(user, id), decisions: await decisionsOf(id) })));
  const found = loaded.filter((l) => l.cards !== null);
  const columns = found.map(({ cards, decisions }) => {
    const submitted = cards!.sessions.flatMap((s) => s.submitted);
    return {
      column: {
        id: cards!.candidate.id,
        name: cards!.candidate.name,
        status: statusOf(cards!.sessions, decisions.length > 0),
        sessions: cards!.sessions.filter((s) => s.status !== "CANCELLED").length,
        recommendations: recommendationCounts(submitted),
        level: consensusLevel(submitted.map((c) => (c.level ? toLevel(c.level) : null))),
        decision: decisions[0] ?? null,
      },
      cards: submitted,
    };
  });
  return {
    columns: columns.map((c) => c.column),
    rows: compareGrid(columns),
    missing: loaded.filter((l) => l.cards === null).map((l) => l.id),
  };
}
