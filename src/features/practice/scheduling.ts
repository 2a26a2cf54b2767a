// Spaced repetition for practice, wrapping ts-fsrs. Pure: every decision takes `now`, so tests
// (and the e2e "clock moved forward") never depend on the wall clock.
//
// Grades (the live-interview anchors) map onto FSRS ratings one to one
// (see docs/decisions/practice.md):
//   1 Wrong — gave a common wrong answer   → Rating.Again
//   2 Partial — partly right               → Rating.Hard
//   3 Model — gave the model answer        → Rating.Good
//   4 Deep — model answer and the probes   → Rating.Easy
import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import type { Grade } from "./grades";

/** The FSRS fields of a PracticeCard row, in the database's names. */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

const RATING: Record<Grade, FsrsGrade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

// Short-term (minute) learning steps are off: they suit flashcards flipped in one sitting, but a
// practice question takes minutes to answer, and "Again" coming back ten minutes later is the
// same-day repeat the issue rules out. With them off, the shortest interval is one day.
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

const DAY_MS = 86_400_000;

// ts-fsrs names four fields in snake_case and leaves a never-reviewed card's last_review
// undefined; the rest it names as the PracticeCard row does.
function sameNamed({ due, stability, difficulty, reps, lapses, state }: CardState | Card) {
  return { due, stability, difficulty, reps, lapses, state };
}

function toFsrs(card: CardState): Card {
  return {
    ...sameNamed(card),
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: Card): CardState {
  return {
    ...sameNamed(card),
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    lastReview: card.last_review ?? null,
  };
}

export function newCardState(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

/** The card after a graded attempt at `now`; a question never practised starts from an empty card. */
export function reschedule(card: CardState | null, grade: Grade, now: Date): CardState {
  return fromFsrs(scheduler.next(toFsrs(card ?? newCardState(now)), now, RATING[grade]).card);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** "Due today" means due before the next UTC midnight, so a card due this afternoon shows this morning. */
export function isDueToday(card: { due: Date }, now: Date): boolean {
  return card.due.getTime() < addDays(startOfUtcDay(now), 1).getTime();
}

export function reviewedToday(card: { lastReview: Date | null }, now: Date): boolean {
  return card.lastReview !== null && startOfUtcDay(card.lastReview).getTime() === startOfUtcDay(now).getTime();
}

export type QueueCard = { questionId: string; due: Date; lastReview: Date | null };
export type QueueOptions = { includeToday?: boolean };

function allowedToday(card: QueueCard, now: Date, options: QueueOptions): boolean {
  return options.includeToday === true || !reviewedToday(card, now);
}

const byDue = (a: QueueCard, b: QueueCard) => a.due.getTime() - b.due.getTime() || a.questionId.localeCompare(b.questionId);

/** The "due today" queue: most overdue first; a question already practised today waits unless asked. */
export function dueQueue(cards: QueueCard[], now: Date, options: QueueOptions = {}): string[] {
  return cards
    .filter((card) => isDueToday(card, now) && allowedToday(card, now, options))
    .sort(byDue)
    .map((card) => card.questionId);
}

/**
 * Questions for a run picked from a bank: what is due first (weak questions come back), then
 * questions never practised in the order given, then the rest soonest-due first.
 */
export function pickQuestions(
  questionIds: string[],
  cards: QueueCard[],
  now: Date,
  options: QueueOptions & { count: number },
): string[] {
  const cardOf = new Map(cards.map((card) => [card.questionId, card]));
  const practised: QueueCard[] = [];
  const fresh: string[] = [];
  for (const id of questionIds) {
    const card = cardOf.get(id);
    if (!card) fresh.push(id);
    else if (allowedToday(card, now, options)) practised.push(card);
  }
  const due = practised.filter((card) => isDueToday(card, now)).sort(byDue);
  const later = practised.filter((card) => !isDueToday(card, now)).sort(byDue);
  return [...due.map((c) => c.questionId), ...fresh, ...later.map((c) => c.questionId)].slice(0, options.count);
}
