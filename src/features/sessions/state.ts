// The live session as a state machine (STYLE habit 6). Pure and isomorphic: the server calls it
// inside the transaction that persists the result; the cockpit may call it to decide which
// buttons are enabled. Nothing here reads a clock: `now` is an argument.

export const SESSION_STATUSES = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_ACTIONS = ["start", "reveal-probe", "next-question", "previous-question", "end", "cancel"] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

/** One question's live position: how many probes the candidate has seen and the time spent on it. */
export type QuestionClock = {
  probeCount: number;
  revealedProbes: number;
  /** Time spent in earlier visits to this question. */
  elapsedMs: number;
  /** When the current visit began; null unless this is the current question of a live session. */
  activeSince: Date | null;
};

export type SessionState = {
  status: SessionStatus;
  currentIndex: number;
  startedAt: Date | null;
  endedAt: Date | null;
  questions: QuestionClock[];
};

export type Refusal =
  | "NO_QUESTIONS"
  | "ALREADY_STARTED"
  | "NOT_LIVE"
  | "FINISHED"
  | "NO_MORE_PROBES"
  | "LAST_QUESTION"
  | "FIRST_QUESTION";

export type TransitionResult = { ok: true; state: SessionState } | { ok: false; refusal: Refusal; message: string };

const MESSAGES: Record<Refusal, string> = {
  NO_QUESTIONS: "This session has no questions",
  ALREADY_STARTED: "The interview has already started",
  NOT_LIVE: "The interview has not started",
  FINISHED: "The interview is over",
  NO_MORE_PROBES: "Every probe of this question is already revealed",
  LAST_QUESTION: "This is the last question; end the interview instead",
  FIRST_QUESTION: "This is the first question",
};

const refuse = (refusal: Refusal): TransitionResult => ({ ok: false, refusal, message: MESSAGES[refusal] });

export const isFinished = (status: SessionStatus) => status === "COMPLETED" || status === "CANCELLED";

/** Closes the current visit: its time moves into elapsedMs. A clock that went backwards adds nothing. */
function pause(clock: QuestionClock, now: Date): QuestionClock {
  if (!clock.activeSince) return clock;
  const spent = Math.max(0, now.getTime() - clock.activeSince.getTime());
  return { ...clock, elapsedMs: clock.elapsedMs + spent, activeSince: null };
}

function resume(clock: QuestionClock, now: Date): QuestionClock {
  return { ...clock, activeSince: now };
}

function move(state: SessionState, to: number, now: Date): SessionState {
  const questions = state.questions.map((clock, index) => {
    if (index === state.currentIndex) return pause(clock, now);
    if (index === to) return resume(clock, now);
    return clock;
  });
  return { ...state, currentIndex: to, questions };
}

export function transition(state: SessionState, action: SessionAction, now: Date): TransitionResult {
  if (isFinished(state.status)) return refuse("FINISHED");
  const last = state.questions.length - 1;

  if (action === "start") {
    if (state.status !== "SCHEDULED") return refuse("ALREADY_STARTED");
    if (state.questions.length === 0) return refuse("NO_QUESTIONS");
    const questions = state.questions.map((clock, index) => (index === 0 ? resume(clock, now) : clock));
    return { ok: true, state: { ...state, status: "LIVE", currentIndex: 0, startedAt: now, questions } };
  }
  if (action === "cancel") {
    const questions = state.questions.map((clock) => pause(clock, now));
    return { ok: true, state: { ...state, status: "CANCELLED", endedAt: now, questions } };
  }

  if (state.status !== "LIVE") return refuse("NOT_LIVE");
  const current = state.questions[state.currentIndex];
  if (!current) return refuse("NO_QUESTIONS");

  switch (action) {
    case "reveal-probe": {
      if (current.revealedProbes >= current.probeCount) return refuse("NO_MORE_PROBES");
      const questions = state.questions.map((clock, index) =>
        index === state.currentIndex ? { ...clock, revealedProbes: clock.revealedProbes + 1 } : clock,
      );
      return { ok: true, state: { ...state, questions } };
    }
    case "next-question":
      if (state.currentIndex >= last) return refuse("LAST_QUESTION");
      return { ok: true, state: move(state, state.currentIndex + 1, now) };
    case "previous-question":
      if (state.currentIndex <= 0) return refuse("FIRST_QUESTION");
      return { ok: true, state: move(state, state.currentIndex - 1, now) };
    case "end": {
      const questions = state.questions.map((clock) => pause(clock, now));
      return { ok: true, state: { ...state, status: "COMPLETED", endedAt: now, questions } };
    }
  }
}

/** Time on a question as of `now` (server time): earlier visits plus the running one. */
export function timeOnQuestion(clock: Pick<QuestionClock, "elapsedMs" | "activeSince">, now: Date): number {
  return clock.elapsedMs + (clock.activeSince ? Math.max(0, now.getTime() - clock.activeSince.getTime()) : 0);
}
