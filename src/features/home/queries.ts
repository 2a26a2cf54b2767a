import "server-only";
import { listCandidates } from "@/features/candidates/list";
import { dayBoundsIn } from "@/lib/format";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { owedScorecardsSql, panelSessionsSql, type OwedScorecardRow, type PanelSessionRow } from "./home-sql";
import type { HomeSession, MailFailure, OwedScorecard, PanelDay, ReadyCandidate, Section } from "./types";

// What the home page (/home) shows each role to start the day. Every read is the viewer's own
// (their panel seats, their scorecards) or what their role may read anyway (candidates ready for a
// decision, the outbox), and every read is LIMITed: a section shows its first rows and says there
// are more, with a link to the full list.

export const HOME_LIMIT = 10;

const toSession = (row: PanelSessionRow): HomeSession => ({
  id: row.id,
  title: row.title,
  candidateName: row.candidateName,
  live: row.status === "LIVE",
  scheduledAt: row.scheduledAt?.toISOString() ?? null,
  durationMinutes: row.durationMinutes,
});

/** Today's and upcoming sessions on the viewer's panel, "today" being the viewer's day in their zone. */
export async function getPanelDay(user: SessionUser, timeZone: string, now = new Date()): Promise<PanelDay> {
  assertCan(user, "sessions:run");
  const { start, end } = dayBoundsIn(now, timeZone);
  const rows = await db.$queryRaw<PanelSessionRow[]>(panelSessionsSql(user.id, start, HOME_LIMIT + 1));
  const sessions = rows.slice(0, HOME_LIMIT).map(toSession);
  const today = sessions.filter((s) => s.live || (s.scheduledAt !== null && new Date(s.scheduledAt) < end));
  const upcoming = sessions.filter((s) => !s.live && s.scheduledAt !== null && new Date(s.scheduledAt) >= end);
  const unscheduled = sessions.filter((s) => !s.live && s.scheduledAt === null);
  return { today, upcoming, unscheduled, more: rows.length > HOME_LIMIT };
}

/** The scorecards the viewer owes: completed sessions of their panel with their card a draft or not begun. */
export async function getOwedScorecards(user: SessionUser): Promise<Section<OwedScorecard>> {
  assertCan(user, "scorecards:write");
  const rows = await db.$queryRaw<OwedScorecardRow[]>(owedScorecardsSql(user.id, HOME_LIMIT + 1));
  return {
    items: rows.slice(0, HOME_LIMIT).map((row) => ({
      sessionId: row.sessionId,
      title: row.title,
      candidateName: row.candidateName,
      endedAt: row.endedAt?.toISOString() ?? null,
      begun: row.scorecardStatus === "DRAFT",
    })),
    more: rows.length > HOME_LIMIT,
  };
}

/**
 * Candidates ready for a decision: every scorecard of their completed sessions in, none live, no
 * decision. The candidate list's own "Ready for decision" filter, so the two never disagree.
 */
export async function getReadyCandidates(user: SessionUser): Promise<Section<ReadyCandidate>> {
  const page = await listCandidates(user, { status: "ready" }, null, HOME_LIMIT);
  return {
    items: page.items.map((item) => ({ id: item.id, name: item.name, sessions: item.sessions, lastSessionAt: item.lastSessionAt })),
    more: page.next !== null,
  };
}

/** Mail the outbox gave up on (8 failed attempts), newest first, for the admin to look into. */
export async function getMailFailures(user: SessionUser): Promise<Section<MailFailure> & { total: number }> {
  assertCan(user, "mail:read");
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where: { status: "FAILED" },
      orderBy: [{ nextAttemptAt: "desc" }, { id: "desc" }],
      take: HOME_LIMIT,
      select: { id: true, to: true, subject: true, lastError: true, nextAttemptAt: true },
    }),
    db.outboxMessage.count({ where: { status: "FAILED" } }),
  ]);
  return {
    items: rows.map((row) => ({ id: row.id, to: row.to, subject: row.subject, lastError: row.lastError, at: row.nextAttemptAt.toISOString() })),
    more: total > rows.length,
    total,
  };
}
