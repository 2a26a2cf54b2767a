import "server-only";
import { RECOMMENDATIONS, toRecommendationWord, type CandidateSession, type RecommendationWord } from "@/features/scorecards";
import { blindRuleFor, loadCandidateCards, type PanelSeat } from "@/features/scorecards/server";
import { toLevel, toLevelWord, type Level } from "@/lib/levels";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { compareGrid, type CompareRow } from "./compare";
import { consensusLevel, levelEstimates, questionRows, ratingDistribution, recommendationCounts } from "./debrief";
import type { CandidateFilters } from "./schemas";
import { candidateStatus, type CandidateStatus } from "./status";

// Reads for the hiring manager's pages. Each opens with the permission check; what a viewer
// sees of the scorecards goes through the same blind rule as the scorecard API.

const LIST_LIMIT = 500;

export type CandidateListItem = {
  id: string;
  name: string;
  email: string | null;
  status: CandidateStatus;
  sessions: number;
  lastSessionAt: string | null;
  recommendations: Record<RecommendationWord, number>;
  /** True when the blind rule hides the panel's recommendations from this viewer. */
  hidden: boolean;
  level: Level | null;
  decision: { outcome: "HIRE" | "NO_HIRE" | "HOLD"; at: string } | null;
};

const dayOf = (iso: string) => iso.slice(0, 10);

/** A candidate's id and name; 404 when there is no such candidate (the [id] layout's check). */
export async function findCandidate(user: SessionUser, candidateId: string): Promise<{ id: string; name: string }> {
  assertCan(user, "candidates:review");
  const candidate = await db.candidate.findUnique({ where: { id: candidateId }, select: { id: true, name: true } });
  if (!candidate) throw new AppError("NOT_FOUND", "No such candidate");
  return candidate;
}

export async function listCandidates(user: SessionUser, filters: CandidateFilters): Promise<CandidateListItem[]> {
  assertCan(user, "candidates:review");
  const [rows, seesOthers] = await Promise.all([
    db.candidate.findMany({
      orderBy: { createdAt: "desc" },
      take: LIST_LIMIT,
      select: {
        id: true,
        name: true,
        email: true,
        createdAt: true,
        decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { outcome: true, createdAt: true } },
        sessions: {
          select: {
            id: true,
            status: true,
            startedAt: true,
            createdAt: true,
            interviewers: { select: { userId: true } },
            scorecards: { select: { interviewerId: true, status: true, recommendation: true, level: true } },
          },
        },
      },
    }),
    blindRuleFor(user),
  ]);

  const items = rows.map((c): CandidateListItem => {
    const seats: PanelSeat[] = c.sessions
      .filter((s) => s.interviewers.some((i) => i.userId === user.id))
      .map((s) => ({ sessionId: s.id, status: s.status, submitted: s.scorecards.some((sc) => sc.interviewerId === user.id && sc.status === "SUBMITTED") }));
    const seesAll = seesOthers(seats);
    const submitted = c.sessions.flatMap((s) => s.scorecards.filter((sc) => sc.status === "SUBMITTED" && (seesAll || sc.interviewerId === user.id)));
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<RecommendationWord, number>;
    for (const sc of submitted) if (sc.recommendation) recommendations[toRecommendationWord(sc.recommendation)] += 1;
    const dates = c.sessions.filter((s) => s.status !== "CANCELLED").map((s) => (s.startedAt ?? s.createdAt).toISOString()).sort();
    const decision = c.decisions[0];
    return {
      id: c.id,
      name: c.name,
      email: c.email,
      status: candidateStatus({
        decided: !!decision,
        sessions: c.sessions.map((s) => ({ status: s.status, panelSize: s.interviewers.length, submitted: s.scorecards.filter((sc) => sc.status === "SUBMITTED").length })),
      }),
      sessions: c.sessions.filter((s) => s.status !== "CANCELLED").length,
      lastSessionAt: dates.at(-1) ?? null,
      recommendations,
      hidden: !seesAll,
      level: consensusLevel(submitted.map((sc) => sc.level)),
      decision: decision ? { outcome: decision.outcome, at: decision.createdAt.toISOString() } : null,
    };
  });

  const q = filters.q?.toLowerCase();
  return items
    .filter((c) => !filters.level || c.level === filters.level)
    .filter((c) => !filters.status || c.status === filters.status)
    .filter((c) => !filters.from || (c.lastSessionAt !== null && dayOf(c.lastSessionAt) >= filters.from))
    .filter((c) => !filters.to || (c.lastSessionAt !== null && dayOf(c.lastSessionAt) <= filters.to))
    .filter((c) => !q || c.name.toLowerCase().includes(q) || (c.email ?? "").toLowerCase().includes(q))
    .sort((a, b) => (b.lastSessionAt ?? "").localeCompare(a.lastSessionAt ?? "") || a.name.localeCompare(b.name));
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

/** Small list for the compare picker. */
export async function candidateChoices(user: SessionUser): Promise<Array<{ id: string; name: string; level: string | null }>> {
  const items = await listCandidates(user, {});
  return items.filter((c) => c.sessions > 0).map((c) => ({ id: c.id, name: c.name, level: c.level ? toLevelWord(c.level) : null }));
}
