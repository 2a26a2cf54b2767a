import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { calibrate, type Calibration, type CalibrationSession } from "./calibration";
import { seesOthersScorecards, type PanelSeat } from "./policy";
import { getBlindMode } from "./settings";

// Loads every completed session for the calibration page. The blind rule still holds here: a
// reviewer who sits on a candidate's panel and owes a scorecard gets none of that candidate's
// sessions in the figures (a per-question mean would otherwise hint at colleagues' ratings).

const SESSION_LIMIT = 2000;

export async function getCalibration(user: SessionUser): Promise<Calibration & { excludedSessions: number }> {
  assertCan(user, "candidates:review");
  const [rows, mode] = await Promise.all([
    db.interviewSession.findMany({
      where: { status: { not: "CANCELLED" } },
      orderBy: { endedAt: "asc" },
      take: SESSION_LIMIT,
      select: {
        id: true,
        status: true,
        candidateId: true,
        endedAt: true,
        interviewers: { select: { user: { select: { id: true, name: true, email: true } } } },
        scorecards: { select: { interviewerId: true, status: true, submittedAt: true } },
        questions: {
          orderBy: { position: "asc" },
          select: {
            questionVersion: { select: { questionId: true, title: true, level: true } },
            notes: { select: { interviewerId: true, rating: true } },
          },
        },
      },
    }),
    getBlindMode(),
  ]);

  const seatsByCandidate = new Map<string, PanelSeat[]>();
  for (const s of rows) {
    if (!s.interviewers.some((i) => i.user.id === user.id)) continue;
    const seats = seatsByCandidate.get(s.candidateId) ?? [];
    seats.push({ sessionId: s.id, status: s.status, submitted: s.scorecards.some((c) => c.interviewerId === user.id && c.status === "SUBMITTED") });
    seatsByCandidate.set(s.candidateId, seats);
  }
  const allowed = (candidateId: string) => seesOthersScorecards(user, mode, seatsByCandidate.get(candidateId) ?? []);

  const completed = rows.filter((s) => s.status === "COMPLETED");
  const sessions: CalibrationSession[] = completed
    .filter((s) => allowed(s.candidateId))
    .map((s) => ({
      sessionId: s.id,
      endedAt: s.endedAt,
      panel: s.interviewers.map((i) => i.user),
      questions: s.questions.map((q) => ({ questionId: q.questionVersion.questionId, title: q.questionVersion.title, level: q.questionVersion.level })),
      cards: s.scorecards,
      ratings: s.questions.flatMap((q) => q.notes.map((n) => ({ interviewerId: n.interviewerId, questionId: q.questionVersion.questionId, rating: n.rating }))),
    }));
  return { ...calibrate(sessions), excludedSessions: completed.length - sessions.length };
}
