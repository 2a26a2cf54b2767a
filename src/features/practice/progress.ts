// Pure aggregations behind the progress page (and the read-only shared page). The database
// hands over rows; everything here is arithmetic over them with `now` passed in, days in UTC.
import { LEVEL_LABELS, LEVELS, type Level } from "@/lib/levels";
import { addDays, dueQueue, isDueToday, reviewedToday, startOfUtcDay, utcDayKey, type QueueCard } from "./scheduling";

export type ProgressAttempt = { questionId: string; grade: number; createdAt: Date };
export type ProgressQuestion = { id: string; title: string; level: Level; bankId: string; bankName: string };

export type GroupStats = { key: string; label: string; attempted: number; attempts: number; averageGrade: number | null; due: number };
export type QuestionStats = {
  questionId: string;
  title: string;
  level: Level;
  bankName: string;
  attempts: number;
  lastGrade: number;
  averageGrade: number;
  lastAttemptAt: Date;
  nextDue: Date | null;
  dueToday: boolean;
};
export type DayPoint = { day: string; attempts: number; averageGrade: number | null };
export type Streak = { current: number; longest: number; practisedToday: boolean };

export type Progress = {
  totals: GroupStats;
  byLevel: GroupStats[];
  byBank: GroupStats[];
  streak: Streak;
  weakest: QuestionStats[];
  questions: QuestionStats[];
  days: DayPoint[];
};

const WEAKEST_LIMIT = 5;

const average = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

function group(key: string, label: string, attempts: ProgressAttempt[], dueIds: string[]): GroupStats {
  return {
    key,
    label,
    attempted: new Set(attempts.map((a) => a.questionId)).size,
    attempts: attempts.length,
    averageGrade: average(attempts.map((a) => a.grade)),
    due: dueIds.length,
  };
}

/** Consecutive UTC days with practice, ending today — or yesterday, since today is not over yet. */
export function streakOf(attemptDates: Date[], now: Date): Streak {
  const days = new Set(attemptDates.map(utcDayKey));
  const today = startOfUtcDay(now);
  const practisedToday = days.has(utcDayKey(today));
  let current = 0;
  for (let day = practisedToday ? today : addDays(today, -1); days.has(utcDayKey(day)); day = addDays(day, -1)) current += 1;

  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const key of [...days].sort()) {
    const time = Date.parse(`${key}T00:00:00Z`);
    run = previous !== null && time - previous === 86_400_000 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = time;
  }
  return { current, longest, practisedToday };
}

/** Attempts and average grade per UTC day for the `length` days ending today, gaps included. */
export function dailySeries(attempts: ProgressAttempt[], now: Date, length = 30): DayPoint[] {
  const byDay = new Map<string, number[]>();
  for (const a of attempts) {
    const key = utcDayKey(a.createdAt);
    byDay.set(key, [...(byDay.get(key) ?? []), a.grade]);
  }
  const today = startOfUtcDay(now);
  return Array.from({ length }, (_, i) => {
    const day = utcDayKey(addDays(today, i - length + 1));
    const grades = byDay.get(day) ?? [];
    return { day, attempts: grades.length, averageGrade: average(grades) };
  });
}

/** Weakest first: the lowest latest grade, then the lowest average, then the most attempts. */
export function weakestFirst(a: QuestionStats, b: QuestionStats): number {
  return (
    a.lastGrade - b.lastGrade ||
    a.averageGrade - b.averageGrade ||
    b.attempts - a.attempts ||
    a.lastAttemptAt.getTime() - b.lastAttemptAt.getTime()
  );
}

export function summarizeProgress(input: {
  attempts: ProgressAttempt[];
  /** Cards of questions still in use (archived questions are no longer due). */
  cards: QueueCard[];
  questions: ProgressQuestion[];
  now: Date;
  days?: number;
}): Progress {
  const { cards, now } = input;
  const questionOf = new Map(input.questions.map((q) => [q.id, q]));
  const attempts = input.attempts.filter((a) => questionOf.has(a.questionId));
  const due = dueQueue(cards, now).filter((id) => questionOf.has(id));
  const cardOf = new Map(cards.map((c) => [c.questionId, c]));

  const byLevel = LEVELS.map((level) => {
    const inLevel = (id: string) => questionOf.get(id)?.level === level;
    return group(level, LEVEL_LABELS[level], attempts.filter((a) => inLevel(a.questionId)), due.filter(inLevel));
  });

  const banks = new Map<string, string>();
  for (const q of input.questions) banks.set(q.bankId, q.bankName);
  const byBank = [...banks]
    .map(([bankId, bankName]) => {
      const inBank = (id: string) => questionOf.get(id)?.bankId === bankId;
      return group(bankId, bankName, attempts.filter((a) => inBank(a.questionId)), due.filter(inBank));
    })
    .filter((g) => g.attempts > 0 || g.due > 0)
    .sort((a, b) => a.label.localeCompare(b.label));

  const perQuestion = new Map<string, ProgressAttempt[]>();
  for (const a of attempts) perQuestion.set(a.questionId, [...(perQuestion.get(a.questionId) ?? []), a]);
  const questions: QuestionStats[] = [...perQuestion].map(([questionId, list]) => {
    const q = questionOf.get(questionId)!;
    const latest = list.reduce((x, y) => (y.createdAt > x.createdAt ? y : x));
    const card = cardOf.get(questionId);
    return {
      questionId,
      title: q.title,
      level: q.level,
      bankName: q.bankName,
      attempts: list.length,
      lastGrade: latest.grade,
      averageGrade: average(list.map((a) => a.grade)) ?? 0,
      lastAttemptAt: latest.createdAt,
      nextDue: card?.due ?? null,
      dueToday: card ? isDueToday(card, now) && !reviewedToday(card, now) : false,
    };
  });

  return {
    totals: group("all", "All", attempts, due),
    byLevel,
    byBank,
    streak: streakOf(attempts.map((a) => a.createdAt), now),
    weakest: questions.filter((q) => q.lastGrade < 4).sort(weakestFirst).slice(0, WEAKEST_LIMIT),
    questions: [...questions].sort((a, b) => b.lastAttemptAt.getTime() - a.lastAttemptAt.getTime()),
    days: dailySeries(attempts, now, input.days ?? 30),
  };
}
