import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { scorecardSessionSelect, toScorecardView, type ScorecardSessionRow } from "./dto";
import { canReadSessionScorecards, canSubmitIn, seesOthersDrafts, seesOthersScorecards, type BlindMode, type PanelSeat } from "./policy";
import { getBlindMode } from "./settings";
import type { CandidateCards, CandidateSession, PanelStatus, ScorecardPage, ScorecardView } from "./types";

// Reads of scorecards. Every exported function takes the user and authorizes first: the role (a
// candidate is refused before anything is looked up), then the session must exist (404), then the
// panel/reviewer rule (403), and finally the blind rule decides which of the others' scorecards
// are included. The helpers below the line are steps of those reads, not entry points.

/**
 * One session's scorecards and what they are made of; 404 when there is no such session. `client`
 * is a transaction when the read must see what that transaction holds locked (a submit).
 */
export async function loadScorecardSession(user: SessionUser, sessionId: string, client: Tx = db): Promise<ScorecardSessionRow> {
  assertCan(user, "sessions:list");
  const row = await client.interviewSession.findUnique({ where: { id: sessionId }, select: scorecardSessionSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such session");
  return row;
}

/** The caller's own scorecard of a session they sit on the panel of (`client`: see loadScorecardSession). */
export async function getOwnScorecard(user: SessionUser, sessionId: string, client: Tx = db): Promise<ScorecardView> {
  assertCan(user, "scorecards:write");
  const row = await loadScorecardSession(user, sessionId, client);
  const me = row.interviewers.find((i) => i.user.id === user.id)?.user;
  if (!me) throw new AppError("FORBIDDEN", "Only the session's interviewers can score it");
  const card = row.scorecards.find((c) => c.interviewerId === user.id) ?? null;
  return toScorecardView(row, me, card, user.id, await amenderNames([row]));
}

async function authorizedSession(user: SessionUser, sessionId: string) {
  const row = await loadScorecardSession(user, sessionId);
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
    panel: panelOf(row),
    blind: { mode, othersHidden },
    canSubmit: !!mine && canSubmitIn(row.status),
  };
}

/** Whether the caller's scorecard for a session is submitted (and so locks their notes against edits). */
export async function isScorecardLocked(user: SessionUser, sessionId: string, client: Tx = db): Promise<boolean> {
  assertCan(user, "scorecards:write");
  const card = await client.scorecard.findUnique({ where: { sessionId_interviewerId: { sessionId, interviewerId: user.id } }, select: { status: true } });
  return card?.status === "SUBMITTED";
}

/**
 * A candidate's sessions and the scorecards the viewer may see in them, the blind rule applied
 * once for the whole candidate. The debrief, the comparison and the CSV export all read through
 * here, so they can never disagree about what a viewer is shown. Null for an unknown candidate.
 */
export async function loadCandidateCards(user: SessionUser, candidateId: string): Promise<CandidateCards | null> {
  assertCan(user, "candidates:review");
  const candidate = await db.candidate.findUnique({ where: { id: candidateId }, select: { id: true, name: true, email: true } });
  if (!candidate) return null;
  const [rows, mode, seats] = await Promise.all([
    db.interviewSession.findMany({ where: { candidateId }, orderBy: { createdAt: "asc" }, select: scorecardSessionSelect }),
    getBlindMode(),
    panelSeats(user.id, candidateId),
  ]);
  const names = await amenderNames(rows);
  let othersHidden = false;
  const sessions = rows.map((row): CandidateSession => {
    const { mine, others, othersHidden: hidden } = visibleIn(user, row, mode, seats, names);
    othersHidden ||= hidden;
    const visible = mine ? [mine, ...others] : others;
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      date: (row.startedAt ?? row.createdAt).toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
      panel: panelOf(row),
      visible,
      submitted: visible.filter((c) => c.status === "submitted"),
    };
  });
  return { candidate, sessions, othersHidden };
}

/**
 * The blind rule for lists computed in SQL (the candidate list, calibration): what this viewer
 * sees of a candidate's other scorecards when they sit on none of the candidate's panels, when a
 * seat of theirs still owes a scorecard, and when every seat is settled. seesOthersScorecards
 * decides from exactly those facts (whether there is a seat, whether one owes), so the SQL only
 * finds the facts per candidate and the rule itself stays in policy.ts.
 */
export async function blindRuleCases(user: SessionUser): Promise<{ noSeat: boolean; owing: boolean; settled: boolean }> {
  assertCan(user, "sessions:list");
  const mode = await getBlindMode();
  const seat = (submitted: boolean): PanelSeat => ({ sessionId: "", status: "COMPLETED", submitted });
  return {
    noSeat: seesOthersScorecards(user, mode, []),
    owing: seesOthersScorecards(user, mode, [seat(false)]),
    settled: seesOthersScorecards(user, mode, [seat(true)]),
  };
}

// ---- steps of the reads above -----------------------------------------------------------------

/** The candidate's sessions the user sits on the panel of, and whether they submitted there. */
async function panelSeats(userId: string, candidateId: string): Promise<PanelSeat[]> {
  const sessions = await db.interviewSession.findMany({
    where: { candidateId, interviewers: { some: { userId } } },
    select: { id: true, status: true, scorecards: { where: { interviewerId: userId }, select: { status: true } } },
  });
  return sessions.map((s) => ({ sessionId: s.id, status: s.status, submitted: s.scorecards[0]?.status === "SUBMITTED" }));
}

/** Display names of the people who amended scorecards (ScorecardRevision stores only their id). */
async function amenderNames(rows: ReadonlyArray<Pick<ScorecardSessionRow, "scorecards">>): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.scorecards.flatMap((c) => c.history.map((h) => h.amendedById))))];
  if (!ids.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function panelOf(row: ScorecardSessionRow): PanelStatus[] {
  return row.interviewers.map(({ user: p }) => {
    const card = row.scorecards.find((c) => c.interviewerId === p.id);
    return { name: p.name, email: p.email, status: !card ? "not started" : card.status === "SUBMITTED" ? "submitted" : "draft" };
  });
}

type Visible = { mine: ScorecardView | null; others: ScorecardView[]; othersHidden: boolean };

/** Applies the blind rule to one session's scorecards for one viewer. */
function visibleIn(user: SessionUser, row: ScorecardSessionRow, mode: BlindMode, seats: readonly PanelSeat[], names: ReadonlyMap<string, string>): Visible {
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
