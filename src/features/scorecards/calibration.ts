// Calibration figures: how each interviewer rates, and which questions interviewers rate
// differently. The page computes them in SQL over the whole history (calibration-data.ts); this
// pure version is their definition, which calibration-sql.test.ts holds the SQL to.
//
// Definitions (also on the calibration page and in docs/api-scorecards.md):
// - Per interviewer, over the COMPLETED sessions they sit on: sessions, scorecards submitted,
//   mean and spread (population standard deviation) of the ratings in their SUBMITTED
//   scorecards, questions they left without a rating (submitted or not), and the median and
//   slowest time from the session's end to their submission.
// - Per question (grouped across versions and sessions), over submitted scorecards: mean and
//   spread of every rating, and the widest gap between two interviewers of the SAME session.
//   A question is flagged as rated inconsistently when that gap is 2 or more: two people who
//   heard the same answer disagreed by at least two anchors.
import type { Level } from "@/lib/levels";
import { mean, median, range, stdDev } from "@/lib/stats";

export const INCONSISTENT_GAP = 2;

export type CalibrationSession = {
  sessionId: string;
  endedAt: Date | null;
  panel: ReadonlyArray<{ id: string; name: string; email: string }>;
  questions: ReadonlyArray<{ questionId: string; title: string; level: Level }>;
  cards: ReadonlyArray<{ interviewerId: string; status: "DRAFT" | "SUBMITTED"; submittedAt: Date | null }>;
  ratings: ReadonlyArray<{ interviewerId: string; questionId: string; rating: number | null }>;
};

export type InterviewerCalibration = {
  id: string;
  name: string;
  email: string;
  sessions: number;
  submitted: number;
  ratings: number;
  mean: number | null;
  spread: number | null;
  unrated: number;
  medianSubmitMs: number | null;
  slowestSubmitMs: number | null;
};

export type QuestionCalibration = {
  questionId: string;
  title: string;
  level: Level;
  sessions: number;
  ratings: number;
  mean: number | null;
  spread: number | null;
  /** The widest max − min between interviewers of one session; null when no session had two ratings. */
  maxGap: number | null;
  inconsistent: boolean;
};

export type Calibration = { interviewers: InterviewerCalibration[]; questions: QuestionCalibration[] };

const ratingOf = (session: CalibrationSession, interviewerId: string, questionId: string) =>
  session.ratings.find((r) => r.interviewerId === interviewerId && r.questionId === questionId)?.rating ?? null;

function submittedBy(session: CalibrationSession, interviewerId: string) {
  const card = session.cards.find((c) => c.interviewerId === interviewerId);
  return card?.status === "SUBMITTED" ? card : null;
}

function interviewerFigures(sessions: readonly CalibrationSession[]): InterviewerCalibration[] {
  const people = new Map<string, { name: string; email: string }>();
  for (const s of sessions) for (const p of s.panel) people.set(p.id, { name: p.name, email: p.email });

  return [...people].map(([id, person]) => {
    const mine = sessions.filter((s) => s.panel.some((p) => p.id === id));
    const ratings: number[] = [];
    const delays: number[] = [];
    let submitted = 0;
    let unrated = 0;
    for (const s of mine) {
      for (const q of s.questions) if (ratingOf(s, id, q.questionId) === null) unrated += 1;
      const card = submittedBy(s, id);
      if (!card) continue;
      submitted += 1;
      for (const q of s.questions) {
        const rating = ratingOf(s, id, q.questionId);
        if (rating !== null) ratings.push(rating);
      }
      if (card.submittedAt && s.endedAt) delays.push(Math.max(0, card.submittedAt.getTime() - s.endedAt.getTime()));
    }
    return {
      id,
      ...person,
      sessions: mine.length,
      submitted,
      ratings: ratings.length,
      mean: mean(ratings),
      spread: stdDev(ratings),
      unrated,
      medianSubmitMs: median(delays),
      slowestSubmitMs: delays.length ? Math.max(...delays) : null,
    };
  }).sort(interviewerOrder);
}

/** Interviewers by name. */
export const interviewerOrder = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Inconsistently rated questions first, widest gap first, then by title. */
export const questionOrder = (a: QuestionCalibration, b: QuestionCalibration) =>
  Number(b.inconsistent) - Number(a.inconsistent) || (b.maxGap ?? -1) - (a.maxGap ?? -1) || a.title.localeCompare(b.title);

function questionFigures(sessions: readonly CalibrationSession[]): QuestionCalibration[] {
  const byQuestion = new Map<string, { title: string; level: Level; all: number[]; gaps: number[]; sessions: number }>();
  for (const s of sessions) {
    for (const q of s.questions) {
      const entry = byQuestion.get(q.questionId) ?? { title: q.title, level: q.level, all: [], gaps: [], sessions: 0 };
      // The newest title wins: sessions are passed oldest first.
      entry.title = q.title;
      entry.level = q.level;
      entry.sessions += 1;
      const here = s.panel
        .filter((p) => submittedBy(s, p.id))
        .map((p) => ratingOf(s, p.id, q.questionId))
        .filter((r): r is number => r !== null);
      entry.all.push(...here);
      if (here.length >= 2) entry.gaps.push(range(here)!);
      byQuestion.set(q.questionId, entry);
    }
  }
  return [...byQuestion].map(([questionId, e]) => {
    const maxGap = e.gaps.length ? Math.max(...e.gaps) : null;
    return {
      questionId,
      title: e.title,
      level: e.level,
      sessions: e.sessions,
      ratings: e.all.length,
      mean: mean(e.all),
      spread: stdDev(e.all),
      maxGap,
      inconsistent: maxGap !== null && maxGap >= INCONSISTENT_GAP,
    };
  }).sort(questionOrder);
}

export function calibrate(sessions: readonly CalibrationSession[]): Calibration {
  return { interviewers: interviewerFigures(sessions), questions: questionFigures(sessions) };
}
