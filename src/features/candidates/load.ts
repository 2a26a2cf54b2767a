import "server-only";
import { scorecardSessionSelect, type ScorecardSessionRow } from "@/features/scorecards/dto";
import { amenderNames, panelSeats, visibleIn } from "@/features/scorecards/queries";
import { getBlindMode } from "@/features/scorecards/settings";
import type { ScorecardView } from "@/features/scorecards/types";
import type { SessionUser } from "@/server/auth";
import { db } from "@/server/db";

// Loads a candidate's sessions and the scorecards the viewer may see in them, applying the blind
// rule once for the whole candidate. The debrief, the comparison and the CSV export all read
// through here, so they can never disagree about what a viewer is shown. Callers authorize.

export type CandidateSession = {
  id: string;
  title: string;
  status: ScorecardSessionRow["status"];
  date: string;
  endedAt: string | null;
  panel: Array<{ name: string; email: string; status: "not started" | "draft" | "submitted" }>;
  /** Every scorecard the viewer may see, drafts included for reviewers. */
  visible: ScorecardView[];
  /** The submitted ones: what the debrief's figures are built from. */
  submitted: ScorecardView[];
};

export type CandidateCards = {
  candidate: { id: string; name: string; email: string | null };
  sessions: CandidateSession[];
  /** True when the blind rule hides other interviewers' scorecards from this viewer. */
  othersHidden: boolean;
};

export async function loadCandidateCards(user: SessionUser, candidateId: string): Promise<CandidateCards | null> {
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
      panel: row.interviewers.map(({ user: p }) => {
        const card = row.scorecards.find((c) => c.interviewerId === p.id);
        return { name: p.name, email: p.email, status: !card ? "not started" : card.status === "SUBMITTED" ? "submitted" : "draft" };
      }),
      visible,
      submitted: visible.filter((c) => c.status === "submitted"),
    };
  });
  return { candidate, sessions, othersHidden };
}
