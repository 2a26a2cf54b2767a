// The live session as a state machine (STYLE habit 6). Pure and isomorphic: the server calls it
// inside the transaction that persists the result; the cockpit may call it to decide which
// buttons are enabled. Nothing here reads a clock: `now` is an argument, and so is `by`, the
// panelist acting (a reveal is theirs to undo, nobody else's).

export const SESSION_STATUSES = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Every action's name, as the JSON API takes it in `type`. */
export const SESSION_ACTIONS = ["start", "reveal-probe", "undo-reveal", "next-question", "previous-question", "goto", "end", "cancel"] as const;
export type SessionActionType = (typeof SESSION_ACTIONS)[number];

/** An action: its name, and for `goto` the position (0-based) of the question to jump to. */
export type SessionAction = { type: Exclude<SessionActionType, "goto"> } | { type: "goto"; position: number };

/** How long a reveal can be taken back, by the server's clock. */
export const UNDO_WINDOW_MS = 10_000;

/**
 * The reveal a panelist may still undo: when, and by whom. Every other transition clears it, so
 * it is only ever the session's last action, on its current question.
 */
export type LastReveal = { at: Date; by: string };

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
  lastReveal: LastReveal | null;
};

export type Refusal =
  | "NO_QUESTIONS"
  | "ALREADY_STARTED"
  | "NOT_LIVE"
  | "FINISHED"
  | "NO_MORE_PROBES"
  | "LAST_QUESTION"
  | "FIRST_QUESTION"
  | "NO_SUCH_QUESTION"
  | "SAME_QUESTION"
  | "NOTHING_TO_UNDO"
  | "UNDO_EXPIRED";

export type TransitionResult = { ok: true; state: SessionState } | { ok: false; refusal: Refusal; message: string };

const MESSAGES: Record<Refusal, string> = {
  NO_QUESTIONS: "This session has no questions",
  ALREADY_STARTED: "The interview has already started",
  NOT_LIVE: "The interview has not started",
  FINISHED: "The interview is over",
  NO_MORE_PROBES: "Every probe of this question is already revealed",
  LAST_QUESTION: "This is the last question; end the interview instead",
  FIRST_QUESTION: "This is the first question",
  NO_SUCH_QUESTION: "This session has no question at that position",
  SAME_QUESTION: "This is the current question already",
  NOTHING_TO_UNDO: "There is no reveal of yours to undo: something else happened since",
  UNDO_EXPIRED: `A reveal can be undone for ${UNDO_WINDOW_MS / 1000} seconds only`,
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

/**
 * The next state, or why not. `by` is the panelist acting: a reveal records them, and only they
 * may undo it, within UNDO_WINDOW_MS and before anything else happens in the session.
 */
export function transition(state: SessionState, action: SessionAction, now: Date, by: string): TransitionResult {
  const result = step(state, action, now, by);
  if (!result.ok) return result;
  // Only the reveal just made can be undone; any other move makes the last one final.
  const lastReveal = action.type === "reveal-probe" ? { at: now, by } : null;
  return { ok: true, state: { ...result.state, lastReveal } };
}

function step(state: SessionState, action: SessionAction, now: Date, by: string): TransitionResult {
  if (isFinished(state.status)) return refuse("FINISHED");
  const last = state.questions.length - 1;

  if (action.type === "start") {
    if (state.status !== "SCHEDULED") return refuse("ALREADY_STARTED");
    if (state.questions.length === 0) return refuse("NO_QUESTIONS");
    const questions = state.questions.map((clock, index) => (index === 0 ? resume(clock, now) : clock));
    return { ok: true, state: { ...state, status: "LIVE", currentIndex: 0, startedAt: now, questions } };
  }
  if (action.type === "cancel") {
    const questions = state.questions.map((clock) => pause(clock, now));
    return { ok: true, state: { ...state, status: "CANCELLED", endedAt: now, questions } };
  }

  if (state.status !== "LIVE") return refuse("NOT_LIVE");
  const current = state.questions[state.currentIndex];
  if (!current) return refuse("NO_QUESTIONS");

  switch (action.type) {
    case "reveal-probe":
      if (current.revealedProbes >= current.probeCount) return refuse("NO_MORE_PROBES");
      return { ok: true, state: withRevealed(state, current.revealedProbes + 1) };
    case "undo-reveal": {
      const reveal = state.lastReveal;
      if (!reveal || reveal.by !== by || current.revealedProbes === 0) return refuse("NOTHING_TO_UNDO");
      // A clock that went backwards counts as no time passed.
      if (now.getTime() - reveal.at.getTime() >= UNDO_WINDOW_MS) return refuse("UNDO_EXPIRED");
      return { ok: true, state: withRevealed(state, current.revealedProbes - 1) };
    }
    case "next-question":
      if (state.currentIndex >= last) return refuse("LAST_QUESTION");
      return { ok: true, state: move(state, state.currentIndex + 1, now) };
    case "previous-question":
      if (state.currentIndex <= 0) return refuse("FIRST_QUESTION");
      return { ok: true, state: move(state, state.currentIndex - 1, now) };
    case "goto":
      if (!Number.isInteger(action.position) || action.position < 0 || action.position > last) return refuse("NO_SUCH_QUESTION");
      if (action.position === state.currentIndex) return refuse("SAME_QUESTION");
      return { ok: true, state: move(state, action.position, now) };
    case "end": {
      const questions = state.questions.map((clock) => pause(clock, now));
      return { ok: true, state: { ...state, status: "COMPLETED", endedAt: now, questions } };
    }
  }
}

/** The current question with `count` probes shown. */
function withRevealed(state: SessionState, count: number): SessionState {
  const questions = state.questions.map((clock, index) => (index === state.currentIndex ? { ...clock, revealedProbes: count } : clock));
  return { ...state, questions };
}

/** Time on a question as of `now` (server time): earlier visits plus the running one. */
export function timeOnQuestion(clock: Pick<QuestionClock, "elapsedMs" | "activeSince">, now: Date): number {
  return clock.elapsedMs + (clock.activeSince ? Math.max(0, now.getTime() - clock.activeSince.getTime()) : 0);
}
