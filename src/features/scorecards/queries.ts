import "server-only";
import type { SessionUser } from "@/server/auth";
import { assertCan } from "@/server/auth";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { scorecardSessionSelect, toScorecardView, type ScorecardSessionRow } from "./dto";
import { canReadSessionScorecards, canSubmitIn, seesOthersDrafts, seesOthersScorecards, type BlindMode, type PanelSeat } from "./policy";
import { getBlindMode } from "./settings";
import type { ScorecardPage, ScorecardView } from "./types";

// Reads of scorecards. Every entry point authorizes first: the role (a candidate is refused
// before anything is looked up), then the session must exist (404), then the panel/reviewer rule
// (403), and finally the blind rule decides which of the others' scorecards are included.

export async function loadScorecardSession(sessionId: string): Promise<ScorecardSessionRow> {
  const row = await db.interviewSession.findUnique({ where: { id: sessionId }, select: scorecardSessionSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such session");
  return row;
}

/** The candidate's sessions the user sits on the panel of, and whether they submitted there. */
export async function panelSeats(userId: string, candidateId: string): Promise<PanelSeat[]> {
  const sessions = await db.interviewSession.findMany({
    where: { candidateId, interviewers: { some: { userId } } },
    select: { id: true, status: true, scorecards: { where: { interviewerId: userId }, select: { status: true } } },
  });
  return sessions.map((s) => ({ sessionId: s.id, status: s.status, submitted: s.scorecards[0]?.status === "SUBMITTED" }));
}

/** Display names of the people who amended scorecards (ScorecardRevision stores only their id). */
export async function amenderNames(rows: ReadonlyArray<Pick<ScorecardSessionRow, "scorecards">>): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.scorecards.flatMap((c) => c.history.map((h) => h.amendedById))))];
  if (!ids.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export type Visible = { mine: ScorecardView | null; others: ScorecardView[]; othersHidden: boolean };

/** Applies the blind rule to one session's scorecards for one viewer. */
export function visibleIn(user: SessionUser, row: ScorecardSessionRow, mode: BlindMode, seats: readonly PanelSeat[], names: ReadonlyMap<string, string>): Visible {
  const panel = row.interviewers.map((i) => i.user);
  const me = panel.find((p) => p.id === user.id);
  const cardOf = (id: string) => row.scorecards.find((c) => c.interviewerId === id) ?? null;
  const mine = me ? toScorecardView(row, me, cardOf(me.id), user.id, names) : null;
  const seesOthers = seesOthersScorecards(user, mode, seats);
  const drafts = seesOthersDrafts(user);
  const others = seesOthers
    ? panel.flatMap((p) => {
        const card = cardOf(p.id);
        if (p.id === user.id || !card || (card.status !== "SUBMITTED" && !drafts)) return [];
        return [toScorecardView(row, p, card, user.id, names)];
      })
    : [];
  const othersHidden = !seesOthers && panel.some((p) => p.id !== user.id && cardOf(p.id));
  return { mine, others, othersHidden };
}

async function authorizedSession(user: SessionUser, sessionId: string) {
  assertCan(user, "sessions:list");
  const row = await loadScorecardSession(sessionId);
  if (!canReadSessionScorecards(user, { interviewerIds: row.interviewers.map((i) => i.user.id) })) {
    throw new AppError("FORBIDDEN", "You do not have access to this session's scorecards");
  }
  const [mode, seats, names] = await Promise.all([getBlindMode(), panelSeats(user.id, row.candidate.id), amenderNames([row])]);
  return { row, mode, seats, names };
}

/** GET /api/sessions/:id/scorecards: the caller's own (when on the panel) and the others they may see. */
export async function listVisibleScorecards(user: SessionUser, sessionId: string): Promise<ScorecardView[]> {
  const { row, mode, seats, names } = await authorizedSession(user, sessionId);
  const { mine, others } = visibleIn(user, row, mode, seats, names);
  return mine ? [mine, ...others] : others;
}

export async function getScorecardPage(user: SessionUser, sessionId: string): Promise<ScorecardPage> {
  const { row, mode, seats, names } = await authorizedSession(user, sessionId);
  const { mine, others, othersHidden } = visibleIn(user, row, mode, seats, names);
  return {
    session: {
      id: row.id,
      title: row.title,
      status: row.status,
      endedAt: row.endedAt?.toISOString() ?? null,
      candidate: { id: row.candidate.id, name: row.candidate.name },
    },
    mine,
    others,
    panel: row.interviewers.map(({ user: p }) => {
      const card = row.scorecards.find((c) => c.interviewerId === p.id);
      return { name: p.name, email: p.email, status: !card ? "not started" : card.status === "SUBMITTED" ? "submitted" : "draft" };
    }),
    blind: { mode, othersHidden },
    canSubmit: !!mine && canSubmitIn(row.status),
  };
}

/** Whether an interviewer's scorecard for a session is submitted (and so locked against edits). */
export async function isScorecardLocked(sessionId: string, interviewerId: string): Promise<boolean> {
  const card = await db.scorecard.findUnique({ where: { sessionId_interviewerId: { sessionId, interviewerId } }, select: { status: true } });
  return card?.status === "SUBMITTED";
}
